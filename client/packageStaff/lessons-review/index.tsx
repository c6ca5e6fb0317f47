import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import type { LessonSummary } from '@contract/lesson-model';
import { PagedList, PageShell, StatusText } from '../../ui';
import { useMemberGate } from '../../features/session/use-member-gate';
import { GateNotice } from '../../features/session/GateNotice';
import { useManagedLessons } from '../../features/study/use-lesson-desk';
import { useDesk } from '../../features/desk/use-desk';
import { ReviewRow } from './ReviewRow';
import { ReviewDesk } from './ReviewDesk';
import '../../features/study/study.scss';

/**
 * 课程审核 (staff): lessons content safety did not clearly pass wait here, never shown to members until
 * a person reads them: 通过，发布 (→ published), or 退回修改 with a reason the author sees. Both audited. At a
 * wide desk the lessons are a table with the one opened beside it (ReviewDesk).
 */
export default function LessonReviewPage() {
  const me = useMemberGate();
  const { wide } = useDesk();
  const ready = me.status === 'registered' && me.member.roles.includes('staff');
  const [msg, setMsg] = useState<{ ok: boolean; text: string }>();
  const list = useManagedLessons(ready, true);
  // Decided rows stay in place, saying what happened (the list does not jump under the reader's finger).
  const [decided, setDecided] = useState<Record<string, string>>({});
  const decide = (l: LessonSummary, text: string) => {
    setDecided((d) => ({ ...d, [l.id]: text }));
    setMsg(undefined);
  };
  return (
    <PageShell title='课程审核' back>
      <GateNotice me={me} />
      {me.status === 'registered' && !ready && <StatusText tone='warn'>只有工作人员可以审核课程。</StatusText>}
      <Text className='srow-meta'>这些课程在发布时没有通过内容安全检查，老同志现在看不到。请读一读再决定。</Text>
      {msg && <StatusText tone={msg.ok ? 'ok' : 'error'}>{msg.text}</StatusText>}
      {wide ? (
        <ReviewDesk list={list} decided={decided} onDone={decide} onError={(text) => setMsg({ ok: false, text })} />
      ) : (
        <View id='review-list'>
          <PagedList
            state={list.state}
            keyOf={(l) => l.id}
            onRetry={() => void list.reload()}
            onMore={() => void list.loadMore()}
            emptyText='没有等待审核的课程。'
            renderItem={(l) =>
              decided[l.id] ? (
                <View className='srow srow--done'>
                  <Text className='srow-title'>{decided[l.id]}</Text>
                </View>
              ) : (
                <ReviewRow lesson={l} onDone={(text) => decide(l, text)} onError={(text) => setMsg({ ok: false, text })} />
              )
            }
          />
        </View>
      )}
    </PageShell>
  );
}

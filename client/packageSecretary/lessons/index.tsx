import { useDidShow } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useRef, useState } from 'react';
import { LESSON_STATUS_LABELS } from '@contract/lesson-words';
import type { LessonSummary } from '@contract/lesson-model';
import { BigButton, PagedList, PageShell, StatusText } from '../../ui';
import { useMemberGate } from '../../features/session/use-member-gate';
import { GateNotice } from '../../features/session/GateNotice';
import { categoryName, shortDate } from '../../features/study/labels';
import { useLessonMoves, useManagedLessons } from '../../features/study/use-lesson-desk';
import { ROUTES } from '../../features/navigation/routes';
import { openPage } from '../../features/navigation/navigate';
import '../../features/study/study.scss';
import { askToBeTold } from '../../features/messages/ask';
import { useDesk } from '../../features/desk/use-desk';
import { LessonsDesk } from './LessonsDesk';

/**
 * 书记 / 工作人员: the lessons I manage — write, publish, withdraw, and see who has studied. At a wide desk
 * the lessons are a table with each row's moves in it (LessonsDesk).
 */
export default function ManageLessonsPage() {
  const me = useMemberGate();
  const { wide } = useDesk();
  const ready = me.status === 'registered';
  const [msg, setMsg] = useState<{ ok: boolean; text: string }>();
  const list = useManagedLessons(ready);
  const moves = useLessonMoves();
  const shown = useRef(false);
  useDidShow(() => {
    // Coming back from the editor: show what changed.
    if (shown.current) void list.reload();
    shown.current = true;
  });

  const act = async (action: 'lessons.publish' | 'lessons.withdraw' | 'lessons.toDraft', l: LessonSummary) => {
    setMsg(undefined);
    // Publishing may mean a staff review (审核结果) and 送学上门 tasks: ask at this tap whether WeChat may tell them.
    if (action === 'lessons.publish') void askToBeTold(['lessonReview', 'deliveryTask']);
    const res = await moves.move(action, l.id);
    if (!res.ok) {
      setMsg({ ok: false, text: res.error.message });
      return;
    }
    list.update((x) => x.id === l.id, res.data);
    const word = { published: '已发布，老同志现在可以看到了。', withdrawn: '已撤回。', draft: '已改回草稿，可以修改了。', held: '内容需要工作人员审核，审核通过后自动发布。' }[res.data.status];
    setMsg({ ok: res.data.status !== 'held', text: `“${l.title}”${word}` });
  };

  return (
    <PageShell title='学习课程' back>
      {!ready && <GateNotice me={me} />}
      <BigButton id='lesson-new' onClick={() => openPage(ROUTES.secretaryLessonEdit)}>
        写一课
      </BigButton>
      <BigButton kind='secondary' onClick={() => openPage(ROUTES.secretaryDeliveries)}>
        送学上门任务
      </BigButton>
      {msg && <StatusText tone={msg.ok ? 'ok' : 'warn'}>{msg.text}</StatusText>}
      {wide ? (
        <LessonsDesk list={list} act={act} />
      ) : (
        <View id='manage-list'>
          <PagedList
            state={list.state}
            keyOf={(l) => l.id}
            onRetry={() => void list.reload()}
            onMore={() => void list.loadMore()}
            emptyText='还没有课程。点上面的“写一课”开始。'
            renderItem={(l) => (
              <View className='srow'>
                <Text className='srow-title'>{l.title}</Text>
                <Text className='srow-meta'>
                  {categoryName(l.category)} · {l.audience === 'county' ? '全县' : l.branchName} · {shortDate(l.updatedAt)}修改
                </Text>
                <Text className='srow-meta'>状态：{LESSON_STATUS_LABELS[l.status]}</Text>
                {l.returnReason && <Text className='return-reason'>工作人员退回：{l.returnReason}</Text>}
                <View className='srow-actions'>
                  {l.status === 'draft' && (
                    <>
                      <BigButton kind='secondary' onClick={() => openPage(`${ROUTES.secretaryLessonEdit}?id=${l.id}`)}>
                        修改
                      </BigButton>
                      <BigButton onClick={() => void act('lessons.publish', l)}>发布</BigButton>
                    </>
                  )}
                  {l.status === 'published' && (
                    <>
                      <BigButton kind='secondary' onClick={() => openPage(`${ROUTES.secretaryLessonProgress}?id=${l.id}`)}>
                        谁学了，谁还没学
                      </BigButton>
                      <BigButton kind='plain' onClick={() => void act('lessons.withdraw', l)}>
                        撤回这一课
                      </BigButton>
                    </>
                  )}
                  {(l.status === 'withdrawn' || l.status === 'held') && (
                    <BigButton kind='secondary' onClick={() => void act('lessons.toDraft', l)}>
                      改回草稿再修改
                    </BigButton>
                  )}
                </View>
              </View>
            )}
          />
        </View>
      )}
    </PageShell>
  );
}

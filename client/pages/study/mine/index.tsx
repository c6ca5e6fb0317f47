import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import type { LessonCategory } from '@contract/lesson-model';
import { STUDY_KIND_LABELS } from '@contract/lesson-words';
import { BigButton, Card, OptionGroup, PagedList, PageShell } from '../../../ui';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { TAB_LABELS, categoryName, shortDate } from '../../../features/study/labels';
import { useMyStudy } from '../../../features/study/use-lessons';
import { ROUTES } from '../../../features/navigation/routes';
import { openPage } from '../../../features/navigation/navigate';
import '../../../features/study/study.scss';

type Tab = LessonCategory | 'all';
const TABS: Tab[] = ['all', 'micro', 'policy', 'exemplar', 'integrity'];

/** "2026-11" for this month in China time, and the month before/after. */
const chinaMonth = (offset = 0): string => {
  const now = new Date(Date.now() + 8 * 3600 * 1000);
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};
const monthWord = (m: string) => `${Number(m.slice(0, 4))}年${Number(m.slice(5))}月`;

/** 我的学习: by month and category, with a gentle tally — encouragement, never a ranking. */
export default function MyStudyPage() {
  const me = useMemberGate();
  const [offset, setOffset] = useState(0);
  const [tab, setTab] = useState<Tab>('all');
  const [tally, setTally] = useState<number>();
  const month = chinaMonth(offset);
  const ready = me.status === 'registered';

  const list = useMyStudy(ready, month, tab, setTally);

  const thisMonth = offset === 0;
  return (
    <PageShell title='我的学习' back>
      {!ready && <GateNotice me={me} />}
      <Card tone='accent'>
        <Text className='study-tally' id='study-tally'>
          {tally === undefined ? '正在统计…' : `${thisMonth ? '本月' : monthWord(month)}已学 ${tally} 课`}
        </Text>
        <Text>{tally ? '坚持学习，老有所学，真好！' : thisMonth ? '这个月还没有学习记录，去“学习”里挑一课看看吧。' : '这个月没有学习记录。'}</Text>
      </Card>
      <View className='aloud-row'>
        <BigButton kind='secondary' inline onClick={() => setOffset(offset - 1)}>
          ‹ 上个月
        </BigButton>
        <Text className='progress-head'>{monthWord(month)}</Text>
        {offset < 0 ? (
          <BigButton kind='secondary' inline onClick={() => setOffset(offset + 1)}>
            下个月 ›
          </BigButton>
        ) : (
          <View />
        )}
      </View>
      <OptionGroup<Tab> label='课程类别' columns={2} options={TABS.map((t) => ({ value: t, label: TAB_LABELS[t] }))} value={tab} onChange={setTab} />
      <View id='my-study-list'>
        <PagedList
          state={list.state}
          keyOf={(r) => r.id}
          onRetry={() => void list.reload()}
          onMore={() => void list.loadMore()}
          emptyText='这里还没有学习记录。'
          renderItem={(r) => (
            <View className='srow srow--done' onClick={r.lessonId ? () => openPage(`${ROUTES.studyLesson}?id=${r.lessonId}`) : undefined}>
              <Text className='srow-title'>{r.title}</Text>
              <Text className='srow-meta'>
                {r.category ? `${categoryName(r.category)} · ` : ''}
                {STUDY_KIND_LABELS[r.kind]} · {shortDate(r.studiedAt)}
              </Text>
            </View>
          )}
        />
      </View>
    </PageShell>
  );
}

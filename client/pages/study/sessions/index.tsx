import { Text } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { Card, OptionGroup, PagedList, PageShell } from '../../../ui';
import { ROUTES } from '../../../features/navigation/routes';
import { openPage } from '../../../features/navigation/navigate';
import { mineWords, seatsWords, sessionTimeText, statusWords } from '../../../features/study/sessions-words';
import { useSessionList } from '../../../features/study/use-sessions';
import '../../../features/study/sessions.scss';

const WHEN = [
  { value: 'upcoming' as const, label: '近期的' },
  { value: 'past' as const, label: '已结束的' },
];

/** 院坝小讲堂 of my branch: the coming ones first (soonest on top), or the ones already held. */
export default function SessionsPage() {
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const list = useSessionList(when);
  const seen = useRef(false);
  useDidShow(() => {
    // Coming back from a session: its sign-up and status may have changed.
    if (seen.current) void list.reload();
    seen.current = true;
  });
  return (
    <PageShell title='院坝小讲堂' back>
      <Text className='ses-meta'>支部组织的线下学习。报名后按时到场，到了请输入书记出示的签到码。</Text>
      <OptionGroup options={WHEN} value={when} onChange={setWhen} columns={2} label='看哪些小讲堂' />
      <PagedList
        state={list.state}
        keyOf={(s) => s.id}
        onRetry={() => void list.reload()}
        onMore={() => void list.loadMore()}
        emptyText={when === 'upcoming' ? '最近还没有安排小讲堂。书记安排后会显示在这里。' : '还没有已结束的小讲堂。'}
        renderItem={(s) => (
          <Card title={s.topic} subtitle={`${statusWords(s)} · ${sessionTimeText(s.startAt)}`} onClick={() => openPage(`${ROUTES.studySession}?id=${s.id}`)}>
            <Text className='ses-line'>地点：{s.place}</Text>
            {s.status === 'scheduled' && <Text className='ses-meta'>{seatsWords(s)}</Text>}
            <Text className='ses-meta'>{mineWords(s)}</Text>
          </Card>
        )}
      />
    </PageShell>
  );
}

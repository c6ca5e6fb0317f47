import { Text } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { useRef } from 'react';
import { BigButton, Card, PagedList, PageShell } from '../../ui';
import { ROUTES } from '../../features/navigation/routes';
import { openPage } from '../../features/navigation/navigate';
import { seatsWords, sessionTimeText, statusWords } from '../../features/study/sessions-words';
import { useManagedSessions } from '../../features/study/use-session-desk';
import { useDesk } from '../../features/desk/use-desk';
import { SessionsDesk } from './SessionsDesk';
import '../../features/study/sessions.scss';

/**
 * The secretary's 院坝小讲堂: schedule a new one; open one to show the code, mark attendance, close it. At a
 * wide desk the list is a table with the open one beside it (SessionsDesk); `open` names one to open at once.
 */
export default function SecretarySessionsPage() {
  const list = useManagedSessions();
  const { wide } = useDesk();
  const openId = useRouter().params.open;
  const seen = useRef(false);
  useDidShow(() => {
    // Coming back from scheduling or running one: show what changed.
    if (seen.current) void list.reload();
    seen.current = true;
  });
  return (
    <PageShell title='院坝小讲堂' back>
      {wide ? (
        <SessionsDesk list={list} openId={openId} />
      ) : (
        <>
          <BigButton onClick={() => openPage(ROUTES.secretarySessionSchedule)} id='session-new'>安排一次小讲堂</BigButton>
          <PagedList
            state={list.state}
            keyOf={(s) => s.id}
            onRetry={() => void list.reload()}
            onMore={() => void list.loadMore()}
            emptyText='还没有安排过小讲堂。'
            renderItem={(s) => (
              <Card title={s.topic} subtitle={`${statusWords(s)} · ${sessionTimeText(s.startAt)}`} onClick={() => openPage(`${ROUTES.secretarySessionRun}?id=${s.id}`)}>
                <Text className='ses-line'>地点：{s.place}</Text>
                <Text className='ses-meta'>{s.status === 'closed' ? `到场 ${s.attendeeCount ?? 0} 人` : `已报名 ${s.taken} 人 · ${seatsWords(s)}`}</Text>
              </Card>
            )}
          />
        </>
      )}
    </PageShell>
  );
}

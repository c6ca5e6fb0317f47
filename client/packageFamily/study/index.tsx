import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { SessionView } from '@contract/session-model';
import { ATTENDANCE_LABELS } from '@contract/session-words';
import { BigButton, Card, PageShell, PagedList, StatusText } from '../../ui';
import { ActingBanner } from '../../features/family/ActingBanner';
import { ActingRefused } from '../../features/family/ActingRefused';
import { useActingFor } from '../../features/family/use-acting-for';
import { useActingSessions } from '../../features/family/use-acting';
import { useActFor } from '../../features/family/use-helper';
import { seatsWords, sessionTimeText } from '../../features/study/sessions-words';
import { ROUTES } from '../../features/navigation/routes';
import { openPage } from '../../features/navigation/navigate';
import '../../features/family/family.scss';

/** Where the elder stands for one session, in the helper's words (the elder's own page says 您). */
const standing = (s: SessionView, name: string): string => {
  if (s.status === 'cancelled') return '这次小讲堂取消了。';
  if (s.mine.signedUp) return s.mine.attendance ? `${name}已报名，到场情况：${ATTENDANCE_LABELS[s.mine.attendance]}。` : `${name}已报名。`;
  if (s.status !== 'scheduled') return '已经开始签到，不能再报名了。';
  return s.seatsLeft > 0 ? `${name}还没有报名。` : '座位已经报满了。';
};

/**
 * 替老人报名小讲堂: the coming 院坝小讲堂 of the elder's own branch (the server reads the elder's branch), with a
 * sign-up or a cancel for each while it still takes them. Each is recorded and the elder is told.
 */
export default function FamilyStudyPage() {
  const { linkId, memberName } = useActingFor();
  const [round, setRound] = useState(0);
  const sessions = useActingSessions(linkId, String(round));
  const actFor = useActFor(linkId);
  const [busy, setBusy] = useState('');
  const [said, setSaid] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const refused = sessions.state.status === 'error' ? sessions.state.error : undefined;

  const run = async (s: SessionView, signUp: boolean) => {
    setBusy(`${signUp ? 's' : 'c'}${s.id}`);
    const res = await actFor(signUp ? 'sessions.signUp' : 'sessions.cancel', { sessionId: s.id });
    setBusy('');
    setSaid(res.ok ? { tone: 'ok', text: `已替${memberName}${signUp ? '报名' : '取消报名'}小讲堂「${s.topic}」，${memberName}会在消息里看到` } : { tone: 'error', text: res.error.message });
    setRound((n) => n + 1);
  };

  return (
    <PageShell title='替老人报名小讲堂' back>
      {refused ? (
        <ActingRefused message={refused} onRetry={() => void sessions.reload()} />
      ) : (
        <>
          <ActingBanner memberName={memberName} />
          {said && <StatusText tone={said.tone} id='family-study-said'>{said.text}</StatusText>}
          <Card title={`${memberName}支部的院坝小讲堂`} subtitle='要开的小讲堂，最近的在前' id='family-study-list'>
            <PagedList
              state={sessions.state}
              keyOf={(s) => s.id}
              onMore={() => void sessions.loadMore()}
              onRetry={() => void sessions.reload()}
              emptyText='现在没有要开的小讲堂。'
              renderItem={(s) => (
                <View className='family-row' id={`family-session-${s.id}`}>
                  <Text className='family-row-title'>{s.topic}</Text>
                  <Text className='family-row-text'>{`${sessionTimeText(s.startAt)}，${s.place}`}</Text>
                  <Text className='family-row-text'>{`${seatsWords(s)}。${standing(s, memberName)}`}</Text>
                  {s.status === 'scheduled' && !s.mine.signedUp && s.seatsLeft > 0 && (
                    <BigButton id={`family-session-signup-${s.id}`} busy={busy === `s${s.id}`} onClick={() => void run(s, true)}>{`替${memberName}报名`}</BigButton>
                  )}
                  {s.status === 'scheduled' && s.mine.signedUp && (
                    <BigButton id={`family-session-cancel-${s.id}`} kind='secondary' busy={busy === `c${s.id}`} onClick={() => void run(s, false)}>{`取消${memberName}的报名`}</BigButton>
                  )}
                </View>
              )}
            />
          </Card>
          <BigButton id='family-study-back' kind='secondary' onClick={() => openPage(`${ROUTES.familyAct}?link=${linkId}`)}>{`回到替${memberName}办事`}</BigButton>
        </>
      )}
    </PageShell>
  );
}

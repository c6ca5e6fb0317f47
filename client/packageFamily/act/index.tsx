import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { BigButton, Card, PageShell, StatusText } from '../../ui';
import { useActFor, useActingReads } from '../../features/family/use-helper';
import { actingNow } from '../../features/family/acting';
import { ActingBanner } from '../../features/family/ActingBanner';
import { ActingRefused } from '../../features/family/ActingRefused';
import { dateTimeText } from '../../features/volunteers/format';
import { ROUTES } from '../../features/navigation/routes';
import { openPage } from '../../features/navigation/navigate';
import '../../features/family/family.scss';

/**
 * Acting for one elder: the way to their 金点子, 求助 and 小讲堂 pages, their coming sign-ups (to cancel),
 * activities open for sign-up (替他报名) and their latest 消息 — all read and done as the elder through the
 * link, which the server checks on every call.
 * Each act is recorded and the elder is told of it.
 */
export default function FamilyActPage() {
  const { params } = useRouter();
  const linkId = params.link ?? actingNow()?.linkId ?? '';
  const memberName = actingNow()?.linkId === linkId ? actingNow()?.memberName ?? '老人' : '老人';
  const [round, setRound] = useState(0);
  const reads = useActingReads(linkId, String(round));
  const actFor = useActFor(linkId);
  const [busy, setBusy] = useState('');
  const [said, setSaid] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const mine = reads.mine.state.data;
  const signed = new Set((mine?.upcoming ?? []).map((a) => a.activityId));
  const open = (reads.activities.state.data?.items ?? []).filter((a) => a.phase === 'open' && !signed.has(a.id));
  const refused = reads.mine.state.status === 'error' ? reads.mine.state.error : undefined;

  const run = async (key: string, signUp: boolean, activityId: string, title: string) => {
    setBusy(key);
    const res = await actFor(signUp ? 'volunteers.signUp' : 'volunteers.cancelSignUp', { activityId });
    setBusy('');
    setSaid(res.ok ? { tone: 'ok', text: `已替${memberName}${signUp ? '报名' : '取消报名'}「${title}」，${memberName}会在消息里看到` } : { tone: 'error', text: res.error.message });
    setRound((n) => n + 1);
  };

  return (
    <PageShell title='替老人办事' back>
      {/* Refused (the link ended, or never was): acting for nobody, so the banner goes too. */}
      {!refused && <ActingBanner memberName={memberName} />}
      {said && <StatusText tone={said.tone} id='family-act-said'>{said.text}</StatusText>}
      {refused ? (
        <ActingRefused message={refused} onRetry={() => setRound((n) => n + 1)} />
      ) : (
        <>
          <Card title={`还可以替${memberName}办`} id='family-act-more'>
            <View className='family-buttons'>
              <BigButton id='family-act-idea' onClick={() => openPage(`${ROUTES.familyIdea}?link=${linkId}`)}>提金点子</BigButton>
              <BigButton id='family-act-help' onClick={() => openPage(`${ROUTES.familyHelp}?link=${linkId}`)}>我要求助</BigButton>
              <BigButton id='family-act-study' onClick={() => openPage(`${ROUTES.familyStudy}?link=${linkId}`)}>报名小讲堂</BigButton>
              <BigButton id='family-act-status' kind='secondary' onClick={() => openPage(`${ROUTES.familyStatus}?link=${linkId}`)}>看金点子和求助的进度</BigButton>
            </View>
          </Card>
          <Card title={`${memberName}已报名的活动`} id='family-act-signed'>
            {(mine?.upcoming ?? []).length === 0 && <Text className='family-note'>{mine ? '还没有报名的活动。' : '正在读取…'}</Text>}
            {(mine?.upcoming ?? []).map((a) => (
              <Text key={a.activityId} className='family-row family-row-text'>{`${a.title}（${dateTimeText(a.startAt)}，${a.place}）`}</Text>
            ))}
            {(mine?.upcoming ?? []).filter((a) => a.phase === 'open').map((a) => (
              <BigButton key={a.activityId} id={`family-cancel-${a.activityId}`} kind='secondary' busy={busy === `c${a.activityId}`} onClick={() => void run(`c${a.activityId}`, false, a.activityId, a.title)}>
                {`取消「${a.title}」`}
              </BigButton>
            ))}
          </Card>
          <Card title='可以报名的志愿活动' id='family-act-open'>
            {reads.activities.state.status === 'ready' && open.length === 0 && <Text className='family-note'>现在没有可以报名的活动。</Text>}
            {open.map((a) => (
              <View key={a.id} className='family-row'>
                <Text className='family-row-title'>{a.title}</Text>
                <Text className='family-row-text'>{`${dateTimeText(a.startAt)}，${a.place}，${a.capacity > a.taken ? `还有${a.capacity - a.taken}个名额` : '名额已满，报名后排候补'}`}</Text>
                <BigButton id={`family-signup-${a.id}`} busy={busy === `s${a.id}`} onClick={() => void run(`s${a.id}`, true, a.id, a.title)}>
                  {`替${memberName}报名`}
                </BigButton>
              </View>
            ))}
          </Card>
          <Card title={`${memberName}的消息`} subtitle='最近5条' id='family-act-messages'>
            {(reads.messages.state.data?.items ?? []).map((m) => (
              <Text key={m.id} className='family-row family-row-text'>{`${m.title}：${m.body}`}</Text>
            ))}
          </Card>
        </>
      )}
    </PageShell>
  );
}

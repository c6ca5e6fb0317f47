import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { ActivityDetail } from '@contract/volunteer-model';
import { BigButton, Card, FormField, LoadFailed, PageShell, ReadAloudButton, StatusText, TextBox } from '../../../ui';
import { ROUTES } from '../../../features/navigation/routes';
import { openPage } from '../../../features/navigation/navigate';
import { useActivity, useActivityMoves } from '../../../features/volunteers/use-volunteering';
import { dateTimeText, spanText } from '../../../features/volunteers/format';
import { mySignupText, phaseText, seatsText } from '../../../features/volunteers/words';
import { CHECK_CODE_PATTERN } from '@contract/code-words';
import { checkWindow, FIELD_LABELS } from '@contract/volunteer-words';
import '../../../features/volunteers/volunteers.scss';
import { askToBeTold } from '../../../features/messages/ask';
import { WhereWho } from '../../../features/places/WhereWho';
import { HelpCard } from '../../../features/help/HelpCard';

/** The code box shows inside the check-in window, the rule the server checks (it decides). */
const checkInOpen = (a: ActivityDetail, now: number) => checkWindow({ startAt: new Date(a.startAt), endAt: new Date(a.endAt) }, new Date(now)) === 'open';

/** One activity: when, where, seats; sign up or cancel; and on the day, type the leader's code. */
export default function ActivityPage() {
  const activityId = useRouter().params.id ?? '';
  const detail = useActivity(activityId);
  const moves = useActivityMoves(activityId);
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState('');
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [codeError, setCodeError] = useState<string | undefined>();
  const a = detail.state.data;

  const run = async (move: 'signUp' | 'cancelSignUp', ok: (d: ActivityDetail) => string) => {
    setBusy(true);
    setMessage(null);
    const res = await moves[move]();
    setBusy(false);
    if (res.ok) {
      detail.set(res.data);
      // The status line under the details already says where the member stands after a sign-up.
      setMessage(move === 'cancelSignUp' ? { tone: 'ok', text: ok(res.data) } : null);
    } else setMessage({ tone: 'error', text: res.error.message });
  };

  const check = async (step: 'in' | 'out') => {
    const typed = code.trim();
    if (!CHECK_CODE_PATTERN.test(typed)) {
      setCodeError('签到码是4位数字，请看清队长出示的数字');
      return;
    }
    setCodeError(undefined);
    setBusy(true);
    setMessage(null);
    const res = await moves.check(typed, step);
    setBusy(false);
    if (res.ok) {
      detail.set(res.data);
      setCode('');
      setMessage({ tone: 'ok', text: step === 'in' ? '签到成功！活动结束时请再输入签到码签退。' : '签退成功，服务时长已记录。谢谢您！' });
    } else if (res.error.code === 'WRONG_CODE') setCodeError(res.error.fields?.code ?? res.error.message); // says the tries left
    else setMessage({ tone: 'error', text: res.error.message });
  };

  const mine = a?.mine;
  const holds = !!mine && ['confirmed', 'pending', 'waiting'].includes(mine.status);
  const canCheck = !!a && mine?.status === 'confirmed' && mine.minutes === null && checkInOpen(a, Date.now());
  const step: 'in' | 'out' = mine?.checkInAt ? 'out' : 'in';
  // Stuck: a sign-up or check-in the server refused, or no seat left for someone not yet signed up.
  const full = !!a && a.phase === 'open' && !holds && a.taken >= a.capacity;
  const stuck = message?.tone === 'error' || full;

  return (
    <PageShell title={a?.title ?? '活动详情'} back>
      {detail.state.status === 'loading' && <Text className='vol-line'>正在加载，请稍候…</Text>}
      {detail.state.status === 'error' && <LoadFailed id='activity-failed' error={detail.state.error} onRetry={() => void detail.reload()} />}
      {a && (
        <View id='activity-detail'>
          <Card title={phaseText(a.phase)} tone='accent'>
            <Text className='vol-line'>时间：{spanText(a.startAt, a.endAt)}</Text>
            <WhereWho place={a.place} placeInfo={a.placeInfo} organiser={a.organiser} lineClass='vol-line' />
            <Text className='vol-line'>组织：{a.teamName}（{FIELD_LABELS[a.field]}）</Text>
            <Text className='vol-line'>名额：{seatsText(a)}</Text>
            <Text className='vol-meta'>报名截止：{dateTimeText(a.deadline)}{a.needsApproval ? '，报名后需队长确认' : ''}</Text>
          </Card>
          <Card title='活动内容'>
            <Text className='vol-line'>{a.description}</Text>
          </Card>
          <ReadAloudButton
            id='activity-read-aloud'
            label='朗读活动介绍'
            text={`${a.title}。时间：${spanText(a.startAt, a.endAt)}。地点：${a.place}。${a.description}`}
          />
          {a.phase === 'cancelled' ? (
            <View id='activity-cancelled'>
              <StatusText tone='warn'>{`这次活动已取消${a.cancelReason ? `，原因：${a.cancelReason}` : ''}。${mine ? '您不用前往。' : ''}`}</StatusText>
            </View>
          ) : (
            mine && (
              <View id='my-signup'>
                <StatusText tone={mine.status === 'confirmed' ? 'ok' : 'info'}>{mySignupText(mine)}</StatusText>
              </View>
            )
          )}
          {message && <StatusText tone={message.tone}>{message.text}</StatusText>}

          {canCheck && (
            <Card title={step === 'in' ? '到场签到' : '活动结束，签退'} tone='accent' id='check-card'>
              <FormField label='签到码' hint='请输入队长出示的4位数字' error={codeError}>
                <TextBox value={code} onChange={setCode} type='number' maxlength={4} label='签到码' />
              </FormField>
              <BigButton busy={busy} onClick={() => void check(step)} id='check-submit'>{step === 'in' ? '签到' : '签退'}</BigButton>
            </Card>
          )}

          {a.phase === 'open' && !holds && mine?.status !== 'declined' && (
            <BigButton busy={busy} onClick={() => {
              void askToBeTold(['activitySignup', 'signupReminder']);
              void run('signUp', (d) => (d.mine ? mySignupText(d.mine) : '已报名'));
            }} id='signup'>
              {a.taken >= a.capacity ? '名额已满，我要候补' : '我要报名'}
            </BigButton>
          )}
          {holds && (a.phase === 'open' || a.phase === 'closed') && (
            <BigButton kind='secondary' busy={busy} onClick={() => void run('cancelSignUp', () => '已取消报名。')} id='cancel-signup'>
              {mine?.status === 'waiting' ? '不候补了' : '取消报名'}
            </BigButton>
          )}
          {stuck && <HelpCard id='activity-help' subtitle={full ? '名额满了？打个电话问问还有没有别的活动' : '报不上名？打个电话问一问'} />}
          {a.canManage && (
            <Card title='报名名单和签到码' subtitle='队长和工作人员使用' onClick={() => openPage(`${ROUTES.volunteerRoster}?id=${a.id}`)} id='open-roster' />
          )}
        </View>
      )}
    </PageShell>
  );
}

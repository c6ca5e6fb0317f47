import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { SessionView } from '@contract/session-model';
import { BigButton, Card, FormField, PageShell, StatusText, TextBox, LoadFailed } from '../../../../ui';
import { PhotoList } from '../../../../ui/PhotoPicker';
import { ROUTES } from '../../../../features/navigation/routes';
import { openPage } from '../../../../features/navigation/navigate';
import { useSession, useSessionMoves } from '../../../../features/study/use-sessions';
import { CHECK_CODE_PATTERN } from '@contract/code-words';
import { mineWords, seatsWords, sessionTimeText, statusWords } from '../../../../features/study/sessions-words';
import '../../../../features/study/sessions.scss';
import { askToBeTold } from '../../../../features/messages/ask';
import { WhereWho } from '../../../../features/places/WhereWho';

/** One 院坝小讲堂: when, where, what; 报名 / 取消报名; on the day, the 4-digit code. */
export default function SessionDetailPage() {
  const sessionId = useRouter().params.id ?? '';
  const detail = useSession(sessionId);
  const moves = useSessionMoves(sessionId);
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const s = detail.state.data;

  const run = async (move: 'signUp' | 'cancel') => {
    setBusy(true);
    setMessage(null);
    const res = await moves[move]();
    setBusy(false);
    if (res.ok) {
      detail.set(res.data);
      // After a sign-up the status line already says where the member stands.
      setMessage(move === 'cancel' ? { tone: 'ok', text: '已取消报名。' } : null);
    } else setMessage({ tone: 'error', text: res.error.message });
  };

  const checkIn = async () => {
    const typed = code.trim();
    if (!CHECK_CODE_PATTERN.test(typed)) {
      setCodeError('签到码是4位数字，请看清书记出示的数字');
      return;
    }
    setCodeError(undefined);
    setBusy(true);
    setMessage(null);
    const res = await moves.checkIn(typed);
    setBusy(false);
    if (res.ok) {
      detail.set(res.data);
      setCode('');
      setMessage({ tone: 'ok', text: '签到成功！小讲堂结束后，这次学习会记入“我的学习”。' });
    } else if (res.error.code === 'SESSION_WRONG_CODE') setCodeError(res.error.fields?.code ?? res.error.message); // says the tries left
    else setMessage({ tone: 'error', text: res.error.message });
  };

  return (
    <PageShell title={s?.topic ?? '小讲堂详情'} back>
      {detail.state.status === 'loading' && <Text className='ses-line'>正在加载，请稍候…</Text>}
      {detail.state.status === 'error' && <LoadFailed error={detail.state.error} fallback={'没有加载出来'} onRetry={() => void detail.reload()} />}
      {s && <SessionBody s={s} />}
      {s && (
        <View id='my-session'>
          <StatusText tone={s.status === 'cancelled' ? 'warn' : s.mine.signedUp || s.mine.walkIn ? 'ok' : 'info'}>{mineWords(s)}</StatusText>
        </View>
      )}
      {message && <StatusText tone={message.tone}>{message.text}</StatusText>}
      {s?.status === 'attendance' && s.mine.signedUp && !s.mine.checkedIn && !s.mine.attendance && (
        <Card title='到场签到' tone='accent' id='session-check'>
          <FormField label='签到码' hint='请输入书记出示的4位数字' error={codeError}>
            <TextBox value={code} onChange={setCode} type='number' maxlength={4} label='签到码' />
          </FormField>
          <BigButton busy={busy} onClick={() => void checkIn()} id='session-check-submit'>签到</BigButton>
        </Card>
      )}
      {s?.status === 'scheduled' && !s.mine.signedUp && s.seatsLeft > 0 && (
        <BigButton busy={busy} onClick={() => {
          void askToBeTold(['sessionChange', 'signupReminder']);
          void run('signUp');
        }} id='session-signup'>我要报名</BigButton>
      )}
      {s?.status === 'scheduled' && s.mine.signedUp && (
        <BigButton kind='secondary' busy={busy} onClick={() => void run('cancel')} id='session-cancel'>取消报名</BigButton>
      )}
      {s?.canManage && (
        <Card title='签到码和到场登记' subtitle='书记使用' onClick={() => openPage(`${ROUTES.secretarySessionRun}?id=${s.id}`)} id='open-session-run' />
      )}
    </PageShell>
  );
}

function SessionBody({ s }: { s: SessionView }) {
  return (
    <View id='session-detail'>
      <Card title={statusWords(s)} tone='accent'>
        <Text className='ses-line'>时间：{sessionTimeText(s.startAt)}</Text>
        <WhereWho place={s.place} placeInfo={s.placeInfo} organiser={s.organiser} lineClass='ses-line' />
        <Text className='ses-line'>支部：{s.branchName}</Text>
        {s.status === 'scheduled' && <Text className='ses-line'>座位：{seatsWords(s)}</Text>}
        {s.status === 'cancelled' && s.cancelReason && <Text className='ses-line'>取消原因：{s.cancelReason}</Text>}
      </Card>
      {s.lessonTitles.length > 0 && (
        <Card title='这次学习的课程'>
          {s.lessonTitles.map((t, i) => (
            <Text key={s.lessonIds[i]} className='ses-line' onClick={() => openPage(`${ROUTES.studyLesson}?id=${s.lessonIds[i]}`)}>
              {i + 1}. {t}
            </Text>
          ))}
        </Card>
      )}
      {s.status === 'closed' && s.minutes && (
        <Card title='讲堂纪要'>
          <Text className='ses-line'>{s.minutes}</Text>
          {s.attendeeCount !== undefined && <Text className='ses-meta'>到场 {s.attendeeCount} 人</Text>}
          {!!s.photoUrls?.length && <PhotoList urls={s.photoUrls} label='现场照片' />}
        </Card>
      )}
    </View>
  );
}

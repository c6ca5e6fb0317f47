import { Text } from '@tarojs/components';
import { useState } from 'react';
import type { SessionView } from '@contract/session-model';
import { BigButton, Card, StatusText } from '../../../ui';
import { useSessionRun } from '../../../features/study/use-session-desk';
import { sessionDayText } from '../../../features/study/sessions-words';

interface Props {
  session: SessionView;
  /** The session after the change, and what to tell the secretary. */
  onChanged: (next: SessionView, note: string) => void;
}

/**
 * 开始签到 stops sign-up, so it is never one stray tap: before the session's day it is not offered (the
 * server refuses it too); on the day a plain button first asks once, in words on the page (no pop-up);
 * after it, while nobody has checked in or been marked, one tap puts sign-up back.
 */
export function OpenAttendance({ session: s, onChanged }: Props) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const moves = useSessionRun(s.id);

  const run = async (action: 'sessions.openAttendance' | 'sessions.reopenSignup', note: string) => {
    setBusy(true);
    const res = await moves.attendance(action);
    setBusy(false);
    if (res.ok) {
      setAsking(false);
      setError(null);
      onChanged(res.data, note);
    } else setError(res.error.fields?.sessionId ?? res.error.message);
  };

  if (s.status === 'attendance') {
    if (!s.canReopen) return null;
    return (
      <>
        <BigButton kind='plain' busy={busy} busyText='正在改回报名…' id='session-reopen' onClick={() => void run('sessions.reopenSignup', '已改回报名，签到码作废，老同志可以继续报名和取消。')}>
          点错了，改回报名（还没有人签到）
        </BigButton>
        {error && <StatusText tone='error'>{error}</StatusText>}
      </>
    );
  }
  if (s.status !== 'scheduled') return null;
  if (!s.canOpen) {
    return (
      <Card title='开始签到' id='session-open-later'>
        <Text className='ses-line'>小讲堂当天（{sessionDayText(s.startAt)}）才能开始签到。在这之前，老同志可以继续报名。</Text>
      </Card>
    );
  }
  if (!asking) {
    return (
      <BigButton kind='secondary' id='session-open' onClick={() => setAsking(true)}>
        开始签到（显示签到码）
      </BigButton>
    );
  }
  return (
    <Card title='现在开始签到吗？' id='session-open-ask' tone='accent'>
      <Text className='ses-line'>开始签到后，报名就停止了，老同志也不能再取消报名。还没有人签到之前，可以改回报名。</Text>
      <BigButton busy={busy} busyText='正在开始签到…' id='session-open-submit' onClick={() => void run('sessions.openAttendance', '已开始签到，请把签到码给到场的老同志看。')}>
        确定，开始签到
      </BigButton>
      <BigButton kind='plain' id='session-open-back' onClick={() => setAsking(false)}>
        先不开始
      </BigButton>
      {error && <StatusText tone='error'>{error}</StatusText>}
    </Card>
  );
}

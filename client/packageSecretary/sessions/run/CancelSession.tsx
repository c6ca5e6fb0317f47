import { View } from '@tarojs/components';
import { useState } from 'react';
import type { SessionView } from '@contract/session-model';
import { BigButton, Card, FormField, StatusText, TextBox } from '../../../ui';
import { useSessionRun } from '../../../features/study/use-session-desk';

/**
 * 取消这次小讲堂 (only before attendance opens): two steps on the page, no pop-up — a plain button opens
 * the reason box; the reason goes to everyone signed up.
 */
export function CancelSession({ sessionId, onCancelled }: { sessionId: string; onCancelled: (s: SessionView, notified: number) => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const run = useSessionRun(sessionId);

  const cancel = async () => {
    if (!reason.trim()) return setError('请写上取消的原因，报了名的老同志会收到');
    setBusy(true);
    const res = await run.cancel(reason.trim());
    setBusy(false);
    if (res.ok) {
      const { notified, ...session } = res.data;
      onCancelled(session, notified);
    } else {
      setError(res.error.fields?.reason ?? res.error.message);
    }
  };

  if (!open) {
    return (
      <BigButton kind='plain' id='session-cancel-open' onClick={() => setOpen(true)}>
        取消这次小讲堂
      </BigButton>
    );
  }
  return (
    <Card title='取消这次小讲堂' id='session-cancel'>
      <FormField label='取消原因' hint='例如：下大雨，改期再讲' error={error}>
        <TextBox label='取消原因' value={reason} onChange={setReason} maxlength={60} />
      </FormField>
      <View>
        <BigButton busy={busy} busyText='正在取消…' onClick={() => void cancel()} id='session-cancel-submit'>
          确定取消，告诉报了名的人
        </BigButton>
        <BigButton kind='secondary' onClick={() => setOpen(false)}>
          不取消了
        </BigButton>
      </View>
      {busy && <StatusText tone='info'>正在通知报了名的老同志…</StatusText>}
    </Card>
  );
}

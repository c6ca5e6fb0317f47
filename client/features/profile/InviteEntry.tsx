import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { InvitationView } from '@contract/care-welcome-model';
import { BigButton, FormField, StatusText, TextBox } from '../../ui';
import { callApi } from '../../api/call-api';

/**
 * 用邀请码登记: a newly retired cadre has a code from their 荣退 (or opened the shared page, which brings
 * it). The invitation fills in name, unit, branch and phone; without one, the form is filled by hand.
 */
export function InviteEntry({ code: given, onInvitation }: { code?: string; onInvitation: (code: string, inv: InvitationView) => void }) {
  const [code, setCode] = useState(given ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [open, setOpen] = useState(!!given);
  const check = async (typed: string) => {
    setBusy(true);
    setProblem(null);
    const r = await callApi('care.invitation', { code: typed });
    setBusy(false);
    if (r.ok) onInvitation(typed.trim().toUpperCase(), r.data);
    else setProblem(r.error.fields?.code ?? r.error.message);
  };
  // Opened from a shared invitation: fill the form at once (once, for the code the page was opened with).
  useEffect(() => {
    if (given) void check(given);
  }, [given]);
  if (!open) return <BigButton kind='plain' id='register-invite-open' onClick={() => setOpen(true)}>我有邀请码（新退休的同志）</BigButton>;
  return (
    <View id='register-invite'>
      <FormField label='邀请码' hint='8位字母和数字，单位办荣退时给您的' error={problem ?? undefined}>
        <TextBox label='邀请码' value={code} onChange={setCode} maxlength={8} />
      </FormField>
      <BigButton kind='secondary' id='register-invite-use' busy={busy} disabled={!code.trim()} onClick={() => void check(code)}>用邀请码填表</BigButton>
      {problem && <StatusText tone='warn'>没有邀请码也能登记，直接填下面的表就行。</StatusText>}
      {given && !problem && busy && <Text className='care-note'>正在打开邀请…</Text>}
    </View>
  );
}

import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import type { MemberSummary } from '@contract/member-model';
import { GRANTABLE_ROLES, ROLE_LABELS, type GrantableRole } from '@contract/roles';
import { BigButton, FormField, StatusText } from '../../ui';
import { useSend } from '../../api/use-send';
import { BranchPicker } from '../profile/BranchPicker';
import type { BranchesState } from '../profile/use-branches';

interface Pending {
  role: GrantableRole;
  grant: boolean;
  branchId?: string;
}

interface Props {
  member: MemberSummary;
  branches: BranchesState;
  onRetryBranches: () => void;
  onChanged: (member: MemberSummary) => void;
}

/**
 * Grant or revoke secretary / staff / admin, in place under the member's row. Every change goes through
 * an inline confirmation card (no pop-ups): what will change, in words, then 确认 or 取消.
 */
export function RoleEditor({ member, branches, onRetryBranches, onChanged }: Props) {
  const [pending, setPending] = useState<Pending>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const send = useSend();

  const branchName = (id?: string) =>
    branches.status === 'ready' ? (branches.branches.find((b) => b.id === id)?.name ?? '所选支部') : '所选支部';

  const sentence = (p: Pending) =>
    p.grant
      ? p.role === 'secretary'
        ? `任命 ${member.name} 为“${branchName(p.branchId)}”的支部书记`
        : `任命 ${member.name} 为${ROLE_LABELS[p.role]}`
      : `撤销 ${member.name} 的${ROLE_LABELS[p.role]}身份`;

  const confirm = async () => {
    if (!pending || busy) return;
    const input = { memberId: member.id, role: pending.role, ...(pending.role === 'secretary' && pending.grant ? { branchId: pending.branchId } : {}) };
    setBusy(true);
    const res = pending.grant
      ? await send('members.grantRole', input)
      : await send('members.revokeRole', { memberId: member.id, role: pending.role });
    setBusy(false);
    if (res.ok) {
      setResult({ ok: true, text: `已经${sentence(pending)}。` });
      setPending(undefined);
      onChanged(res.data);
    } else {
      setResult({ ok: false, text: res.error.fields?.branchId ?? res.error.message });
    }
  };

  const start = (p: Pending) => {
    setResult(undefined);
    setPending(p);
  };

  return (
    <View className='roles'>
      {GRANTABLE_ROLES.map((role) => {
        const has = member.roles.includes(role);
        return (
          <View key={role} className='roles-row'>
            <Text className='roles-state'>
              {ROLE_LABELS[role]}：{has ? '是' : '不是'}
            </Text>
            <BigButton kind={has ? 'danger' : 'secondary'} inline disabled={!!pending} onClick={() => start({ role, grant: !has, branchId: role === 'secretary' ? member.branchId : undefined })}>
              {has ? '撤销' : '任命'}
            </BigButton>
          </View>
        );
      })}
      {pending && (
        <View className='roles-confirm' id='role-confirm'>
          {pending.grant && pending.role === 'secretary' && (
            <FormField label='负责哪个党支部' hint='已先选好这位同志所在的支部，可以改'>
              <BranchPicker state={branches} value={pending.branchId ?? ''} onRetry={onRetryBranches} onChange={(branchId) => setPending({ ...pending, branchId })} />
            </FormField>
          )}
          <Text className='roles-confirm-text'>请确认：{sentence(pending)}？</Text>
          <BigButton id='role-confirm-yes' kind={pending.grant ? 'primary' : 'danger'} busy={busy} busyText='正在办理…' onClick={() => void confirm()}>
            {pending.grant ? '确认任命' : '确认撤销'}
          </BigButton>
          <View style={{ height: '0.6rem' }} />
          <BigButton kind='secondary' disabled={busy} onClick={() => setPending(undefined)}>
            取消，不改了
          </BigButton>
        </View>
      )}
      {result && <StatusText tone={result.ok ? 'ok' : 'error'}>{result.text}</StatusText>}
    </View>
  );
}

import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import type { BranchView } from '@contract/member-model';
import { BigButton, FormField, StatusText, TextBox } from '../../ui';
import { useSend } from '../../api/use-send';

interface Props {
  branch: BranchView;
  onChanged: (branch: BranchView) => void;
}

/** One branch: its name, township and member count; "改名" opens a rename box in place. */
export function BranchRow({ branch, onChanged }: Props) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(branch.name);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const send = useSend();

  const save = async () => {
    const input = { branchId: branch.id, name: name.trim() };
    if (!input.name) {
      setMessage({ ok: false, text: '请填写新的支部名称' });
      return;
    }
    setBusy(true);
    const res = await send('branches.rename', input);
    setBusy(false);
    if (res.ok) {
      setEditing(false);
      setMessage({ ok: true, text: `已改名为“${res.data.name}”。` });
      onChanged(res.data);
    } else {
      setMessage({ ok: false, text: res.error.fields?.name ?? res.error.message });
    }
  };

  return (
    <View className='brow'>
      <Text className='brow-name'>{branch.name}</Text>
      <Text className='brow-meta'>
        {branch.township ? `${branch.township} · ` : ''}
        {branch.memberCount}位老同志
      </Text>
      {editing ? (
        <View>
          <FormField label='新的支部名称'>
            <TextBox label='新的支部名称' value={name} onChange={setName} maxlength={30} />
          </FormField>
          <BigButton busy={busy} busyText='正在保存…' onClick={() => void save()}>
            保存新名称
          </BigButton>
          <View className='brow-gap' />
          <BigButton
            kind='secondary'
            disabled={busy}
            onClick={() => {
              setEditing(false);
              setName(branch.name);
              setMessage(undefined);
            }}
          >
            取消，不改了
          </BigButton>
        </View>
      ) : (
        <BigButton
          kind='secondary'
          onClick={() => {
            setEditing(true);
            setMessage(undefined);
          }}
        >
          改名
        </BigButton>
      )}
      {message && <StatusText tone={message.ok ? 'ok' : 'error'}>{message.text}</StatusText>}
    </View>
  );
}

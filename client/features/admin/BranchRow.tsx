import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import type { BranchView } from '@contract/member-model';
import { BigButton, FormField, StatusText, TextBox } from '../../ui';
import { useSend } from '../../api/use-send';

interface Props {
  branch: BranchView;
  onChanged: (branch: BranchView) => void;
}

/**
 * One branch: its name, township, member count and 支部电话; "改名称或电话" opens the two boxes in place.
 * The phone is what the branch's members ring from 找人帮忙; left empty, they ring the secretary's own.
 */
export function BranchRow({ branch, onChanged }: Props) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(branch.name);
  const [phone, setPhone] = useState(branch.phone ?? '');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const send = useSend();

  const save = async () => {
    const input = { branchId: branch.id, name: name.trim(), phone: phone.trim() };
    if (!input.name) {
      setMessage({ ok: false, text: '请填写新的支部名称' });
      return;
    }
    setBusy(true);
    const res = await send('branches.rename', input);
    setBusy(false);
    if (res.ok) {
      setEditing(false);
      setMessage({ ok: true, text: `已保存：${res.data.name}${res.data.phone ? `，支部电话 ${res.data.phone}` : '，没有支部电话（打书记本人的电话）'}。` });
      onChanged(res.data);
    } else {
      setMessage({ ok: false, text: res.error.fields?.name ?? res.error.fields?.phone ?? res.error.message });
    }
  };

  return (
    <View className='brow'>
      <Text className='brow-name'>{branch.name}</Text>
      <Text className='brow-meta'>
        {branch.township ? `${branch.township} · ` : ''}
        {branch.memberCount}位老同志
      </Text>
      <Text className='brow-meta'>{branch.phone ? `支部电话：${branch.phone}` : '支部电话：没有登记（老同志打书记本人的电话）'}</Text>
      {editing ? (
        <View>
          <FormField label='支部名称'>
            <TextBox label='支部名称' value={name} onChange={setName} maxlength={30} />
          </FormField>
          <FormField label='支部电话' optional hint='老同志在“找人帮忙”里打这个电话；不填就打书记本人的电话'>
            <TextBox label='支部电话' value={phone} onChange={setPhone} type='number' maxlength={13} />
          </FormField>
          <BigButton busy={busy} busyText='正在保存…' onClick={() => void save()}>
            保存
          </BigButton>
          <View className='brow-gap' />
          <BigButton
            kind='secondary'
            disabled={busy}
            onClick={() => {
              setEditing(false);
              setName(branch.name);
              setPhone(branch.phone ?? '');
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
          改名称或电话
        </BigButton>
      )}
      {message && <StatusText tone={message.ok ? 'ok' : 'error'}>{message.text}</StatusText>}
    </View>
  );
}

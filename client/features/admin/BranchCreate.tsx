import { View } from '@tarojs/components';
import { useState } from 'react';
import type { BranchView } from '@contract/member-model';
import { BigButton, FormField, StatusText, TextBox } from '../../ui';
import { useSend } from '../../api/use-send';

/** New branch: name (required) and township (optional). */
export function BranchCreate({ onCreated }: { onCreated: (branch: BranchView) => void }) {
  const [name, setName] = useState('');
  const [township, setTownship] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const send = useSend();

  const create = async () => {
    const input = { name: name.trim(), ...(township.trim() ? { township: township.trim() } : {}) };
    if (!input.name) {
      setErrors({ name: '请填写支部名称' });
      return;
    }
    setBusy(true);
    setErrors({});
    const res = await send('branches.create', input);
    setBusy(false);
    if (res.ok) {
      setName('');
      setTownship('');
      setMessage({ ok: true, text: `已新建“${res.data.name}”。` });
      onCreated(res.data);
    } else {
      setErrors(res.error.fields ?? {});
      setMessage({ ok: false, text: res.error.message });
    }
  };

  return (
    <View>
      <FormField label='支部名称' error={errors.name}>
        <TextBox label='支部名称' id='branch-name' value={name} onChange={setName} placeholder='例如：城关镇第三党支部' maxlength={30} />
      </FormField>
      <FormField label='所在乡镇' optional error={errors.township}>
        <TextBox label='所在乡镇' value={township} onChange={setTownship} placeholder='例如：城关镇' maxlength={20} />
      </FormField>
      <BigButton id='branch-create' busy={busy} busyText='正在新建…' onClick={() => void create()}>
        新建党支部
      </BigButton>
      {message && <StatusText tone={message.ok ? 'ok' : 'error'}>{message.text}</StatusText>}
    </View>
  );
}

import { View } from '@tarojs/components';
import { useState } from 'react';
import type { WelcomeView } from '@contract/care-welcome-model';
import { BigButton, FormField, PickerButton, StatusText, TextBox } from '../../ui';
import { useRun } from '../../api/use-run';
import { todayInChina } from '../ideas/format';
import { BranchPicker } from '../profile/BranchPicker';
import { useBranches } from '../profile/use-branches';

/** Staff enter a newly retired cadre: name, unit, the day, the branch they join, a phone if known. */
export function WelcomeForm({ onAdded }: { onAdded: (w: WelcomeView) => void }) {
  const add = useRun('care.addRetiree');
  const branches = useBranches();
  const empty = { name: '', formerUnit: '', retiredOn: todayInChina(), branchId: '', phone: '' };
  const [f, setF] = useState(empty);
  const set = <K extends keyof typeof f>(k: K) => (v: (typeof f)[K]) => setF((x) => ({ ...x, [k]: v }));
  const errors = add.fields ?? {};
  return (
    <View id='care-welcome-form'>
      <FormField label='姓名' error={errors.name}>
        <TextBox label='姓名' value={f.name} onChange={set('name')} maxlength={20} />
      </FormField>
      <FormField label='原工作单位' error={errors.formerUnit}>
        <TextBox label='原工作单位' value={f.formerUnit} onChange={set('formerUnit')} maxlength={40} />
      </FormField>
      <FormField label='退休日期' error={errors.retiredOn}>
        <PickerButton mode='date' value={f.retiredOn} onChange={set('retiredOn')} label='退休日期' />
      </FormField>
      <FormField label='编入哪个党支部' error={errors.branchId}>
        <BranchPicker state={branches.state} value={f.branchId} onChange={set('branchId')} onRetry={() => void branches.reload()} />
      </FormField>
      <FormField label='联系电话' optional error={errors.phone}>
        <TextBox label='联系电话' value={f.phone} onChange={set('phone')} type='number' maxlength={11} />
      </FormField>
      {add.error && !add.fields && <StatusText tone='error'>{add.error}</StatusText>}
      <BigButton id='care-welcome-add' busy={add.busy} onClick={async () => {
        const r = await add.run({ name: f.name.trim(), formerUnit: f.formerUnit.trim(), retiredOn: f.retiredOn, branchId: f.branchId, ...(f.phone.trim() ? { phone: f.phone.trim() } : {}) });
        if (!r) return;
        setF(empty);
        onAdded(r);
      }}>
        登记，生成“九个一”和邀请码
      </BigButton>
    </View>
  );
}

import { View } from '@tarojs/components';
import { useState } from 'react';
import type { LedgerView } from '@contract/care-model';
import { BigButton, FormField, OptionGroup, StatusText, TextBox } from '../../../ui';
import { useSaveLedger } from '../../../features/care/use-care-desk';
import { useMembersOf } from '../../../features/members/use-members';
import { VolunteerFinder } from '../../../features/care/VolunteerFinder';

/**
 * Staff keep the ledger: name the 1+1+1 (a bureau staff member, someone of the person's branch, a
 * volunteer or family member — the emergency contact to start with), and the health and living notes
 * only staff read. Saving writes one dated line of what changed.
 */
export function LedgerKeeper({ ledger, onSaved }: { ledger: LedgerView; onSaved: (l: LedgerView) => void }) {
  const staff = useMembersOf({ role: 'staff' }, 'staff');
  const branch = useMembersOf({ branchId: ledger.branchId }, ledger.branchId);
  const save = useSaveLedger();
  const helper = ledger.contacts.helper ?? ledger.emergencyContact;
  const [form, setForm] = useState({
    bureau: ledger.contacts.bureau?.memberId, branch: ledger.contacts.branch?.memberId, volunteer: ledger.contacts.helper?.memberId,
    helperName: helper.name, helperRelation: helper.relation, helperPhone: helper.phone ?? '',
    health: ledger.health ?? '', living: ledger.living ?? '', partyJoinYear: ledger.partyJoinYear ? String(ledger.partyJoinYear) : '',
  });
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof typeof form>(k: K) => (v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));
  const errors = save.fields ?? {};
  const people = (items: Array<{ id: string; name: string }> | undefined) => (items ?? []).filter((m) => m.id !== ledger.memberId).map((m) => ({ value: m.id, label: m.name }));
  const year = form.partyJoinYear.trim();
  return (
    <View id='care-keeper'>
      <FormField label='老干部局联系人' error={errors.bureauContactId}>
        <OptionGroup label='老干部局联系人' columns={2} options={people(staff.state.data?.items)} value={form.bureau} onChange={set('bureau')} />
      </FormField>
      <FormField label='支部联系人' hint='本支部的同志，常是支部书记或支委' error={errors.branchContactId}>
        <OptionGroup label='支部联系人' columns={2} options={people(branch.state.data?.items)} value={form.branch} onChange={set('branch')} />
      </FormField>
      <VolunteerFinder value={form.volunteer} exclude={ledger.memberId} onChange={(m) => setForm((f) => ({ ...f, volunteer: m?.id, ...(m ? { helperName: m.name, helperRelation: f.helperRelation || '志愿者' } : {}) }))} />
      {errors.helperMemberId && <StatusText tone='error'>{errors.helperMemberId}</StatusText>}
      <FormField label='志愿者或家属姓名' error={errors['helper.name']}>
        <TextBox label='志愿者或家属姓名' value={form.helperName} onChange={set('helperName')} maxlength={20} />
      </FormField>
      <FormField label='与老同志的关系' error={errors['helper.relation']}>
        <TextBox label='与老同志的关系' value={form.helperRelation} onChange={set('helperRelation')} maxlength={10} />
      </FormField>
      <FormField label='志愿者或家属电话' error={errors['helper.phone']}>
        <TextBox label='志愿者或家属电话' value={form.helperPhone} onChange={set('helperPhone')} type='number' maxlength={13} />
      </FormField>
      <FormField label='健康情况' optional hint='只有老干部局工作人员能看到' error={errors.health}>
        <TextBox label='健康情况' value={form.health} onChange={set('health')} multiline maxlength={300} />
      </FormField>
      <FormField label='生活情况' optional hint='只有老干部局工作人员能看到' error={errors.living}>
        <TextBox label='生活情况' value={form.living} onChange={set('living')} multiline maxlength={300} />
      </FormField>
      <FormField label='入党年份' optional hint='满50年那年七一前会安排“光荣在党50年”慰问' error={errors.partyJoinYear}>
        <TextBox label='入党年份' value={form.partyJoinYear} onChange={set('partyJoinYear')} type='number' maxlength={4} />
      </FormField>
      {save.error && <StatusText tone='error'>{save.error}</StatusText>}
      {saved && <StatusText tone='ok'>已保存，改动记在下面的“动态记录”里。</StatusText>}
      <BigButton id='care-keeper-save' busy={save.busy} onClick={async () => {
        setSaved(false);
        const r = await save.run({
          memberId: ledger.memberId,
          ...(form.bureau ? { bureauContactId: form.bureau } : {}),
          ...(form.branch ? { branchContactId: form.branch } : {}),
          ...(form.volunteer ? { helperMemberId: form.volunteer } : {}),
          ...(form.helperName.trim() ? { helper: { name: form.helperName.trim(), relation: form.helperRelation.trim(), phone: form.helperPhone.trim() } } : {}),
          health: form.health, living: form.living,
          ...(year ? { partyJoinYear: /^\d+$/.test(year) ? Number(year) : Number.NaN } : {}),
        });
        if (!r) return;
        setSaved(true);
        onSaved(r);
      }}>
        保存台账
      </BigButton>
    </View>
  );
}

import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { HARDSHIP_CAUSE_LABELS, HARDSHIP_CAUSES } from '@contract/care-words';
import type { HardshipCause } from '@contract/care-help-model';
import type { PaymentView } from '@contract/care-help-model';
import { BigButton, FormField, OptionGroup, PickerButton, StatusText, TextBox } from '../../../ui';
import { usePaymentsOf, useProposePayment, useSaveHardship } from '../../../features/care/use-care-desk';
import { todayInChina } from '../../../features/ideas/format';
import { fenOf } from '../../../features/care/money';
import { PaymentRow } from '../../../features/care/PaymentRow';

const CAUSES = HARDSHIP_CAUSES.map((c) => ({ value: c, label: HARDSHIP_CAUSE_LABELS[c] }));

/**
 * 帮扶 and 慰问金 for one person (staff only): put them on the register with the cause and the next review,
 * propose 慰问金 or goods (another staff member approves), and their entries so far.
 */
export function HelpSection({ memberId, myName }: { memberId: string; myName: string }) {
  const payments = usePaymentsOf(memberId);
  const hardship = useSaveHardship();
  const propose = useProposePayment();
  const [h, setH] = useState({ cause: 'illness' as HardshipCause, family: '', conditions: '', reviewBy: todayInChina() });
  const [p, setP] = useState({ yuan: '', goods: '', reason: '' });
  const [saved, setSaved] = useState<string | null>(null);
  const reload = () => void payments.reload();
  return (
    <View id='care-help'>
      <Text className='care-section'>慰问金和慰问物品</Text>
      <FormField label='金额（元）' optional hint='只送物品可以不填' error={propose.fields?.amountFen}>
        <TextBox label='金额（元）' value={p.yuan} onChange={(yuan) => setP((x) => ({ ...x, yuan }))} type='digit' maxlength={9} />
      </FormField>
      <FormField label='慰问物品' optional error={propose.fields?.goods}>
        <TextBox label='慰问物品' value={p.goods} onChange={(goods) => setP((x) => ({ ...x, goods }))} maxlength={60} placeholder='例如：米一袋、油一桶' />
      </FormField>
      <FormField label='发放原因' error={propose.fields?.reason}>
        <TextBox label='发放原因' value={p.reason} onChange={(reason) => setP((x) => ({ ...x, reason }))} maxlength={100} placeholder='例如：春节慰问困难党员' />
      </FormField>
      {propose.error && !propose.fields && <StatusText tone='error'>{propose.error}</StatusText>}
      <BigButton id='care-propose' busy={propose.busy} onClick={async () => {
        const r = await propose.run({ memberId, amountFen: fenOf(p.yuan), ...(p.goods.trim() ? { goods: p.goods.trim() } : {}), reason: p.reason.trim() });
        if (!r) return;
        setP({ yuan: '', goods: '', reason: '' });
        setSaved('已提出，请另一位工作人员审批。');
        reload();
      }}>
        提出发放（待审批）
      </BigButton>
      {saved && <StatusText tone='ok'>{saved}</StatusText>}
      {(payments.state.data?.items ?? []).map((x: PaymentView) => <PaymentRow key={x.id} payment={x} myName={myName} onChanged={reload} />)}

      <Text className='care-section'>帮扶台账</Text>
      <FormField label='困难原因'>
        <OptionGroup label='困难原因' columns={2} options={CAUSES} value={h.cause} onChange={(cause) => setH((x) => ({ ...x, cause }))} />
      </FormField>
      <FormField label='家庭结构' error={hardship.fields?.family}>
        <TextBox label='家庭结构' value={h.family} onChange={(family) => setH((x) => ({ ...x, family }))} multiline maxlength={100} placeholder='例如：独居，儿子在外地打工' />
      </FormField>
      <FormField label='生活状况' error={hardship.fields?.conditions}>
        <TextBox label='生活状况' value={h.conditions} onChange={(conditions) => setH((x) => ({ ...x, conditions }))} multiline maxlength={200} />
      </FormField>
      <FormField label='下次复核日期' error={hardship.fields?.reviewBy}>
        <PickerButton mode='date' value={h.reviewBy} onChange={(reviewBy) => setH((x) => ({ ...x, reviewBy }))} label='下次复核日期' />
      </FormField>
      {hardship.error && !hardship.fields && <StatusText tone='error'>{hardship.error}</StatusText>}
      <BigButton kind='secondary' id='care-hardship-save' busy={hardship.busy} onClick={async () => {
        const r = await hardship.run({ memberId, cause: h.cause, family: h.family.trim(), conditions: h.conditions.trim(), reviewBy: h.reviewBy });
        if (r) setSaved('已列入帮扶台账。');
      }}>
        列入帮扶台账
      </BigButton>
    </View>
  );
}

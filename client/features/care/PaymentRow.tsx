import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { yuanText } from '@contract/care-words';
import type { PaymentView } from '@contract/care-help-model';
import { BigButton, FormField, PickerButton, StatusText, TextBox } from '../../ui';
import { useRun } from '../../api/use-run';
import { todayInChina } from '../ideas/format';
import './care.scss';

/**
 * One 慰问金 entry and its next step: 批准 / 不批准 by someone other than the proposer, then 登记发放 (who
 * handed it over, when). An entry that is handed over is only ever read (a correction is a new entry).
 */
export function PaymentRow({ payment, myName, onChanged }: { payment: PaymentView; myName: string; onChanged: (p: PaymentView) => void }) {
  const decide = useRun('care.decidePayment');
  const hand = useRun('care.handOverPayment');
  const [reason, setReason] = useState('');
  const [handedBy, setHandedBy] = useState(myName);
  const [handedOn, setHandedOn] = useState(todayInChina());
  const p = payment;
  const what = [p.amountFen ? yuanText(p.amountFen) : '', p.goods ?? ''].filter(Boolean).join('，');
  return (
    <View className='care-problem' id={`care-payment-${p.id}`}>
      <Text className='care-problem-state'>{p.stateLabel}</Text>
      <Text className='care-problem-text'>{`${p.memberName}：${what}`}</Text>
      <Text className='care-note'>{`${p.reason}${p.correctionOf ? '（更正）' : ''} · ${p.proposedBy}提出${p.approvedBy ? `，${p.approvedBy}审批` : ''}${p.handedBy ? `，${p.handedBy}于${p.handedOn}发放` : ''}`}</Text>
      {p.rejectReason && <Text className='care-note'>{`不批准的原因：${p.rejectReason}`}</Text>}
      {p.state === 'proposed' && p.proposedBy === myName && <Text className='care-note'>等另一位工作人员审批。</Text>}
      {p.state === 'proposed' && p.proposedBy !== myName && (
        <View>
          <FormField label='不批准的原因' optional error={decide.fields?.reason}>
            <TextBox label='不批准的原因' value={reason} onChange={setReason} maxlength={100} />
          </FormField>
          {decide.error && !decide.fields && <StatusText tone='error'>{decide.error}</StatusText>}
          <BigButton id={`care-approve-${p.id}`} busy={decide.busy} onClick={async () => {
            const r = await decide.run({ paymentId: p.id, approve: true });
            if (r) onChanged(r);
          }}>
            批准
          </BigButton>
          <BigButton kind='secondary' busy={decide.busy} onClick={async () => {
            const r = await decide.run({ paymentId: p.id, approve: false, ...(reason.trim() ? { reason: reason.trim() } : {}) });
            if (r) onChanged(r);
          }}>
            不批准
          </BigButton>
        </View>
      )}
      {p.state === 'approved' && (
        <View>
          <FormField label='发放人' error={hand.fields?.handedBy}>
            <TextBox label='发放人' value={handedBy} onChange={setHandedBy} maxlength={40} />
          </FormField>
          <FormField label='发放日期' error={hand.fields?.handedOn}>
            <PickerButton mode='date' value={handedOn} onChange={setHandedOn} label='发放日期' common='recent-days' />
          </FormField>
          {hand.error && !hand.fields && <StatusText tone='error'>{hand.error}</StatusText>}
          <BigButton id={`care-hand-${p.id}`} busy={hand.busy} onClick={async () => {
            const r = await hand.run({ paymentId: p.id, handedBy: handedBy.trim(), handedOn });
            if (r) onChanged(r);
          }}>
            登记已发放
          </BigButton>
        </View>
      )}
    </View>
  );
}

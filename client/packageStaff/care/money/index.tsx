import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { HARDSHIP_CAUSE_LABELS } from '@contract/care-words';
import type { PaymentState } from '@contract/care-help-model';
import { Card, OptionGroup, PagedList, PageShell } from '../../../ui';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { useCareFigures, useHardships, usePayments } from '../../../features/care/use-care-desk';
import { monthDay } from '../../../features/ideas/format';
import { PaymentRow } from '../../../features/care/PaymentRow';
import { ROUTES } from '../../../features/navigation/routes';
import { openPage } from '../../../features/navigation/navigate';
import '../../../features/care/care.scss';

const STATES: Array<{ value: PaymentState; label: string }> = [
  { value: 'proposed', label: '待审批' },
  { value: 'approved', label: '待发放' },
  { value: 'handed', label: '已发放' },
];

/**
 * 帮扶和慰问金 (staff only): the year's money in the bureau's sentence, the entries by step — 待审批 (a second
 * staff member decides), 待发放, 已发放 — and the 帮扶 register with the cases due for review first.
 * New entries are proposed on the person's 服务台账.
 */
export default function CareMoneyPage() {
  const me = useMemberGate();
  const ready = me.status === 'registered';
  const myName = me.status === 'registered' ? me.member.name : '';
  const [state, setState] = useState<PaymentState>('proposed');
  const figures = useCareFigures(ready, String(ready));
  const payments = usePayments(ready, state);
  const cases = useHardships(ready);

  return (
    <PageShell title='帮扶和慰问金' back>
      <GateNotice me={me} />
      {figures.state.data?.moneySentence && (
        <Card title={`${figures.state.data.year}年`}>
          <Text className='care-figures' id='care-money-figures'>{figures.state.data.moneySentence}</Text>
        </Card>
      )}
      <Text className='care-section'>慰问金和慰问物品</Text>
      <OptionGroup label='办理到哪一步' columns={2} options={STATES} value={state} onChange={setState} id='care-money-state' />
      <PagedList
        state={payments.state}
        keyOf={(p) => p.id}
        onRetry={() => void payments.reload()}
        onMore={() => void payments.loadMore()}
        emptyText='这一步没有记录。'
        renderItem={(p) => <PaymentRow payment={p} myName={myName} onChanged={() => {
          void payments.reload();
          void figures.reload(); // a handed-over entry changes the year's money
        }} />}
      />
      <Text className='care-section'>帮扶台账（困难老同志）</Text>
      <PagedList
        state={cases.state}
        keyOf={(h) => h.memberId}
        onRetry={() => void cases.reload()}
        onMore={() => void cases.loadMore()}
        emptyText='帮扶台账里还没有人。'
        renderItem={(h) => (
          <Card title={`${h.memberName} · ${HARDSHIP_CAUSE_LABELS[h.cause]}`} subtitle={`${h.branchName}；${h.conditions}`} onClick={() => openPage(`${ROUTES.careLedger}?id=${h.memberId}`)}>
            <View>
              <Text className={h.reviewDue ? 'care-overdue' : 'care-note'}>{h.reviewDue ? `该复核了（${monthDay(h.reviewBy)}）` : `${monthDay(h.reviewBy)}复核`}</Text>
            </View>
          </Card>
        )}
      />
    </PageShell>
  );
}

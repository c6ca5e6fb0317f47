import { Text } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { BigButton, Card, LoadFailed, PageShell } from '../../ui';
import { useHelping } from '../../features/family/use-helper';
import { startActing, stopActing } from '../../features/family/acting';
import { useMe } from '../../features/session/store';
import { ROUTES } from '../../features/navigation/routes';
import { openPage } from '../../features/navigation/navigate';
import '../../features/family/family.scss';

/** The family helper's elders: each one they may act for, those still to agree, and links that ended. */
export default function FamilyEldersPage() {
  const [round, setRound] = useState(0);
  const helping = useHelping(String(round));
  // A helper who is not a member (launch sends them here) may still be a retiree themselves.
  const me = useMe();
  useDidShow(() => {
    stopActing(); // back on this list: acting for nobody until one is chosen again
    setRound((n) => n + 1);
  });
  const items = helping.state.data?.items ?? [];
  return (
    <PageShell title='我帮办的老人' back>
      {helping.state.status === 'error' && <LoadFailed error={helping.state.error ?? ''} onRetry={() => void helping.reload()} />}
      {helping.state.status === 'ready' && items.length === 0 && <Text className='family-note'>您还没有帮办的老人。请老人给您一个邀请码。</Text>}
      {items.map((l) => (
        <Card key={l.id} title={l.memberName} subtitle={`${l.branchName} · 我是${l.helperLabel.split(' ')[0]}`} id={`family-elder-${l.id}`}>
          <Text className='family-row-text'>{[l.statusLabel, l.consentText].filter(Boolean).join('；')}</Text>
          {l.status === 'active' && (
            <BigButton id={`family-act-for-${l.id}`} onClick={() => {
              startActing({ linkId: l.id, memberName: l.memberName });
              openPage(`${ROUTES.familyAct}?link=${l.id}`);
            }}>
              {`替${l.memberName}办事`}
            </BigButton>
          )}
        </Card>
      ))}
      <BigButton id='family-elders-join' kind='secondary' onClick={() => openPage(ROUTES.familyJoin)}>用邀请码申请帮办</BigButton>
      {me.status === 'unregistered' && (
        <BigButton id='family-elders-register' kind='plain' onClick={() => openPage(ROUTES.register)}>我自己也是离退休干部，去登记</BigButton>
      )}
    </PageShell>
  );
}

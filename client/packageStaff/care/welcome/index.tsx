import { Text } from '@tarojs/components';
import { useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { BigButton, Card, PagedList, PageShell } from '../../../ui';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { monthDay } from '../../../features/ideas/format';
import { WelcomeForm } from '../../../features/care/WelcomeForm';
import { useWelcomes } from '../../../features/care/use-care-desk';
import { ROUTES } from '../../../features/navigation/routes';
import { openPage } from '../../../features/navigation/navigate';
import '../../../features/care/care.scss';

/**
 * 荣退: the newly retired, newest first, each with how far the "九个一" welcome is and whether they have
 * registered with their invitation. Staff enter new retirees here; a branch secretary sees their own.
 */
export default function WelcomesPage() {
  const me = useMemberGate();
  const ready = me.status === 'registered';
  const staff = ready && me.member.roles.includes('staff');
  const [shown, setShown] = useState(0);
  const [adding, setAdding] = useState(false);
  useDidShow(() => setShown((n) => n + 1));
  const list = useWelcomes(ready, `${ready}|${shown}`);
  return (
    <PageShell title='荣退' back>
      <GateNotice me={me} />
      <Text className='care-note'>新退休的同志：办好“九个一”，请他（她）用邀请码登记银铃e家。</Text>
      {staff && !adding && <BigButton id='care-welcome-new' onClick={() => setAdding(true)}>登记新退休的同志</BigButton>}
      {staff && adding && (
        <Card title='登记新退休的同志'>
          <WelcomeForm onAdded={(w) => {
            setAdding(false);
            openPage(`${ROUTES.careWelcome}?id=${w.id}`);
          }} />
          <BigButton kind='plain' onClick={() => setAdding(false)}>先不登记了</BigButton>
        </Card>
      )}
      <PagedList
        state={list.state}
        keyOf={(w) => w.id}
        onRetry={() => void list.reload()}
        onMore={() => void list.loadMore()}
        emptyText='还没有登记新退休的同志。'
        renderItem={(w) => (
          <Card
            id={`care-welcome-${w.id}`}
            title={`${w.name} · ${w.formerUnit}`}
            subtitle={`${monthDay(w.retiredOn)}退休，${w.branchName}。“九个一”办了${w.done}/${w.items.length}项，${w.registered ? '已登记银铃e家' : '还没登记银铃e家'}`}
            onClick={() => openPage(`${ROUTES.careWelcome}?id=${w.id}`)}
          />
        )}
      />
    </PageShell>
  );
}

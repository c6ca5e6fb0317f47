import { Text } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Card, LoadFailed, PageShell, StatusText } from '../../../../ui';
import { useMemberGate } from '../../../../features/session/use-member-gate';
import { GateNotice } from '../../../../features/session/GateNotice';
import { useWelcome } from '../../../../features/care/use-care-desk';
import { monthDay } from '../../../../features/ideas/format';
import { InviteCard } from '../../../../features/care/InviteCard';
import { WelcomeItem } from '../../../../features/care/WelcomeItem';
import '../../../../features/care/care.scss';

/** One retiree's 荣退: the "九个一" to tick as each is done, and the invitation to register. */
export default function WelcomePage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const me = useMemberGate();
  const ready = me.status === 'registered';
  const loaded = useWelcome(ready, id);
  const w = loaded.state.data ?? null;
  // WeChat's share card opens the registration page with this person's code.
  useShareAppMessage(() => ({ title: w ? `${w.name}同志，欢迎您加入银铃e家` : '欢迎您加入银铃e家', path: w ? `/${w.invitePath}` : '/pages/launch/index' }));

  return (
    <PageShell title='荣退“九个一”' back>
      <GateNotice me={me} />
      {loaded.state.status === 'error' && loaded.state.error && <LoadFailed error={loaded.state.error} onRetry={() => void loaded.reload()} />}
      {w && (
        <>
          <Card title={`${w.name} · ${w.formerUnit}`} subtitle={`${monthDay(w.retiredOn)}退休，编入${w.branchName}${w.phone ? `，电话${w.phone}` : ''}`}>
            <StatusText tone={w.done === w.items.length ? 'ok' : 'warn'} id='care-welcome-progress'>{`“九个一”办了${w.done}/${w.items.length}项`}</StatusText>
          </Card>
          <Card title='邀请登记银铃e家'>
            <InviteCard w={w} />
          </Card>
          <Text className='care-section'>逐项办理</Text>
          {w.items.map((_, i) => <WelcomeItem key={`${w.id}-${i}`} w={w} index={i} onChanged={loaded.set} />)}
        </>
      )}
    </PageShell>
  );
}

import { View, Text } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { BigButton, PageShell, StatusText } from '../../ui';
import { loadMe, type MeState } from '../../features/session/store';
import { routeFor } from '../../features/session/use-member-gate';
import { helpsSomeone } from '../../features/family/helper-start';
import { ROUTES } from '../../features/navigation/routes';
import { replacePage } from '../../features/navigation/navigate';
import './index.scss';

const NO_IDENTITY = '没有取得您的微信身份。请退出小程序后重新打开；如果还不行，请联系老干部局工作人员。';

/**
 * First page: ask `members.me`, then go on — registered → 首页, not registered → 一人一策 form (or, for
 * a family helper with a live or asked link, 我帮办的老人), no session on H5 → 选择演示身份. Stays here only to show an error with a retry button.
 */
export default function LaunchPage() {
  const [state, setState] = useState<MeState>({ status: 'loading' });

  const start = async () => {
    setState({ status: 'loading' });
    const next = await loadMe();
    // A family helper who is not a member themselves came to help: 我帮办的老人, which still offers registering.
    if (next.status === 'unregistered' && (await helpsSomeone())) {
      replacePage(ROUTES.familyElders);
      return;
    }
    if (!routeFor(next, 'launch')) setState(next);
  };

  useEffect(() => {
    void start();
  }, []);

  const failed = state.status === 'error' || state.status === 'unauthenticated';
  return (
    <PageShell title='银铃e家'>
      <View className='launch'>
        <Text className='launch-tagline'>老干部的学习、建言和志愿服务之家</Text>
        {failed ? (
          <View>
            <StatusText tone='error'>{state.status === 'error' ? state.message : NO_IDENTITY}</StatusText>
            <BigButton onClick={() => void start()}>再试一次</BigButton>
          </View>
        ) : (
          <StatusText lead=''>正在打开，请稍候…</StatusText>
        )}
      </View>
    </PageShell>
  );
}

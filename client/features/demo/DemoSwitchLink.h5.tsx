import Taro from '@tarojs/taro';
import { useState } from 'react';
import { BigButton, StatusText } from '../../ui';
import { logout } from '../../api/dev-session';
import { resetMe } from '../session/store';
import { DEV_LOGIN_ROUTE } from '../navigation/dev-routes';

/** H5 (local gateway): sign out of the demo identity and pick another one. */
export function DemoSwitchLink() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const onClick = async () => {
    setBusy(true);
    const res = await logout();
    setBusy(false);
    if (!res.ok) {
      setError(res.message);
      return;
    }
    resetMe();
    void Taro.reLaunch({ url: DEV_LOGIN_ROUTE });
  };
  return (
    <>
      <BigButton id='switch-demo-user' kind='secondary' busy={busy} busyText='正在退出…' onClick={() => void onClick()}>
        切换演示身份
      </BigButton>
      {error && <StatusText tone='error'>{error}</StatusText>}
    </>
  );
}

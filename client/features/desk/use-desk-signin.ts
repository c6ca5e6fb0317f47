import Taro from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { DESK_HOME_ROUTE } from '@contract/desk-pages';
import { deskCloud } from './desk-cloud';
import { deviceName } from './device-name';

export type DeskPhase = 'starting' | 'waiting' | 'scanned' | 'signingIn' | 'expired' | 'failed';

const POLL_MS = 1500;
/** Refusals that mean "this browser's login is no longer any good": start again anonymously. */
const STALE = new Set(['DESK_SIGNED_OUT', 'DESK_FORBIDDEN']);

export const openDeskHome = () => Taro.redirectTo({ url: `/${DESK_HOME_ROUTE}` });

/**
 * The desk's sign-in: an anonymous CloudBase login, a one-time code (shown as a QR code and as text), then
 * watching it until a phone confirms — then the ticket, the custom login, and the desk's home. A desk that is
 * already signed in goes straight home.
 */
export function useDeskSignIn() {
  const [phase, setPhase] = useState<DeskPhase>('starting');
  const [code, setCode] = useState('');
  const [expiresAt, setExpiresAt] = useState(0);
  const [now, setNow] = useState(Date.now());
  const [error, setError] = useState<string | undefined>();
  const round = useRef(0);

  const fresh = useCallback(async () => {
    const mine = (round.current += 1);
    setPhase('starting');
    setError(undefined);
    const asked = await deskCloud.call('desk.requestCode', { device: deviceName(navigator.userAgent) });
    if (mine !== round.current) return;
    if (!asked.ok) {
      setPhase('failed');
      setError(asked.error.message);
      return;
    }
    setCode(asked.data.code);
    setExpiresAt(new Date(asked.data.expiresAt).getTime());
    setPhase('waiting');
  }, []);

  useEffect(() => {
    void (async () => {
      try {
        await deskCloud.signInAnonymously();
        const me = await deskCloud.call('desk.me', {});
        if (me.ok) return void openDeskHome();
        if (STALE.has(me.error.code)) {
          await deskCloud.signOut();
          await deskCloud.signInAnonymously();
        }
        await fresh();
      } catch {
        setPhase('failed');
        setError('连不上服务器，请检查网络后刷新页面');
      }
    })();
  }, [fresh]);

  useEffect(() => {
    if (phase !== 'waiting' && phase !== 'scanned') return undefined;
    const mine = round.current;
    const timer = setInterval(() => {
      setNow(Date.now());
      void (async () => {
        const status = await deskCloud.call('desk.status', { code });
        if (mine !== round.current) return;
        if (!status.ok) {
          if (status.error.code === 'DESK_CODE_EXPIRED') setPhase('expired');
          return; // a lost poll is retried by the next tick
        }
        if (status.data.state === 'scanned') setPhase('scanned');
        if (status.data.state !== 'confirmed') return;
        clearInterval(timer);
        setPhase('signingIn');
        const redeemed = await deskCloud.call('desk.redeem', { code });
        if (!redeemed.ok) {
          setPhase('failed');
          setError(redeemed.error.message);
          return;
        }
        try {
          await deskCloud.signInWithTicket(redeemed.data.ticket);
          await openDeskHome();
        } catch {
          setPhase('failed');
          setError('电脑登录没有成功，请点“换一个”再扫一次');
        }
      })();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [phase, code]);

  const secondsLeft = Math.max(0, Math.ceil((expiresAt - now) / 1000));
  useEffect(() => {
    if ((phase === 'waiting' || phase === 'scanned') && expiresAt > 0 && secondsLeft === 0) setPhase('expired');
  }, [phase, expiresAt, secondsLeft]);

  return { phase, code, secondsLeft, error, renew: fresh };
}

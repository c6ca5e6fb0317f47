import { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { callApi } from '../../api/call-api';

/**
 * The unread 消息 count behind the 我的 tab's badge: one small store, refreshed whenever a page with the
 * tab bar shows, so the number is never more than a page old. Asking is also what sends subscribe
 * messages a timer run had to keep (see messages.unread).
 */
let count = 0;
const listeners = new Set<(n: number) => void>();

const set = (n: number) => {
  count = n;
  for (const l of listeners) l(n);
};

let inFlight: Promise<void> | null = null;
export const refreshUnread = (): Promise<void> =>
  (inFlight ??= callApi('messages.unread', {})
    .then((res) => {
      if (res.ok) set(res.data.count);
    })
    .finally(() => {
      inFlight = null;
    }));

export const markedRead = (n: number) => set(Math.max(0, count - n));

export function useUnread(): number {
  const [n, setN] = useState(count);
  useEffect(() => {
    listeners.add(setN);
    return () => {
      listeners.delete(setN);
    };
  }, []);
  useDidShow(() => {
    void refreshUnread();
  });
  useEffect(() => {
    void refreshUnread();
  }, []);
  return n;
}

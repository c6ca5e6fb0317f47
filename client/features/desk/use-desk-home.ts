import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { OutputOf } from '@contract/registry';
import { DESK_ROUTE } from '@contract/desk-pages';
import { deskCloud } from './desk-cloud';

export type DeskMe = OutputOf<'desk.me'>;

/**
 * The signed-in desk: who it is (desk.me, through the platform's identity only), and for staff the number
 * of 金点子 waiting in the queue, read with a staff action to show the desk really acts as them.
 */
export function useDeskHome() {
  const [me, setMe] = useState<DeskMe | null>(null);
  const [queue, setQueue] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    void (async () => {
      const answer = await deskCloud.call('desk.me', {});
      if (!answer.ok) {
        if (answer.error.code === 'INTERNAL') return setError(answer.error.message);
        return void Taro.redirectTo({ url: `/${DESK_ROUTE}` });
      }
      setMe(answer.data);
      if (!answer.data.roles.includes('staff')) return;
      const ideas = await deskCloud.call('ideas.queue', { pageSize: 50 });
      if (ideas.ok) setQueue(`${ideas.data.items.length}${ideas.data.hasMore ? '+' : ''}`);
    })();
  }, []);

  return { me, queue, error };
}

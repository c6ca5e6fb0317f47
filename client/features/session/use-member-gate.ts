import { useEffect } from 'react';
import { ROUTES } from '../navigation/routes';
import { openTab, replacePage } from '../navigation/navigate';
import { loadMe, useMe, type MeState } from './store';
import { onUnauthenticated } from './on-unauthenticated';

/** Send the reader where their state says they belong. Returns true if it navigated. */
export function routeFor(state: MeState, here: 'launch' | 'member-page' | 'register'): boolean {
  if (state.status === 'unauthenticated') return onUnauthenticated();
  if (state.status === 'unregistered' && here !== 'register') {
    replacePage(ROUTES.register);
    return true;
  }
  if (state.status === 'registered' && here !== 'member-page') {
    openTab(ROUTES.home);
    return true;
  }
  return false;
}

/**
 * For pages that need a registered member: loads `members.me` if nobody has yet (e.g. the H5 page was
 * reloaded on a deep link) and redirects unregistered or signed-out readers. Returns the state so the
 * page can show loading or an error with a retry.
 */
export function useMemberGate(): MeState {
  const me = useMe();
  useEffect(() => {
    if (me.status === 'idle') void loadMe();
    else routeFor(me, 'member-page');
  }, [me]);
  return me;
}

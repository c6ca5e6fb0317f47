import type { useManagedSessions } from '../../features/study/use-session-desk';

export interface SessionsDeskProps {
  list: ReturnType<typeof useManagedSessions>;
  /** A session to open beside the table at once (just scheduled). */
  openId?: string;
}

/**
 * 院坝小讲堂 at a wide desk: the sessions as a table, the one open under it (电脑上办公). Only the H5 build has
 * a desk (SessionsDesk.h5.tsx); this suffix-less file is what the mini-program build and the type checker
 * see, so no phone package carries it.
 */
export function SessionsDesk(_props: SessionsDeskProps) {
  return null;
}

import type { useSessionRoster } from '../../../features/study/use-session-desk';

export interface RosterDeskProps {
  sessionId: string;
  list: ReturnType<typeof useSessionRoster>;
  /** Attendance is open: people can be marked. */
  open: boolean;
}

/**
 * The roster as a desk table with ticks, to mark several people at once (电脑上办公). Only the H5 build has
 * a desk (RosterDesk.h5.tsx); this suffix-less file is what the mini-program build and the type checker
 * see, so no phone package carries it.
 */
export function RosterDesk(_props: RosterDeskProps) {
  return null;
}

import type { useRoster } from '../../../features/volunteers/use-volunteer-desk';

export interface RosterDeskProps {
  activityId: string;
  list: ReturnType<typeof useRoster>;
}

/**
 * An activity's roster as a desk table with ticks, to confirm, check in or check out several people at once
 * (电脑上办公). Only the H5 build has a desk (RosterDesk.h5.tsx); this suffix-less file is what the
 * mini-program build and the type checker see, so no phone package carries it.
 */
export function RosterDesk(_props: RosterDeskProps) {
  return null;
}

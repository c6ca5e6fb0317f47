import type { useUpcomingActivities } from '../../../features/volunteers/use-volunteer-desk';

export interface ActivitiesDeskProps {
  teamId: string;
  list: ReturnType<typeof useUpcomingActivities>;
}

/**
 * A team's coming activities at a wide desk: a table, the one opened under it with its check-in code and
 * roster (电脑上办公). Only the H5 build has a desk (ActivitiesDesk.h5.tsx); this suffix-less file is what
 * the mini-program build and the type checker see, so no phone package carries it.
 */
export function ActivitiesDesk(_props: ActivitiesDeskProps) {
  return null;
}

import { ideaMemberActions } from './ideas-member';
import { ideaStaffActions } from './ideas-staff';

/** The `ideas` function's actions: the members' side and the staff's. (The 督办 job is `jobs.*`, in ../jobs/.) */
export const ideasActions = {
  ...ideaMemberActions,
  ...ideaStaffActions,
};

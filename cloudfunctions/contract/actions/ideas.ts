import { jobsActions } from './jobs';
import { ideaMemberActions } from './ideas-member';
import { ideaStaffActions } from './ideas-staff';

/** The `ideas` function's actions (and the 督办 job that watches them). */
export const ideasActions = {
  ...ideaMemberActions,
  ...ideaStaffActions,
  ...jobsActions,
};

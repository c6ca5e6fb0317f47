import { requireMember, type Handler, type Routes } from '../../platform/routes';
import { runOverdueJob } from './overdue';

/** 督办 now, on a staff member's tap: the same job the timer runs, with the staff member as the actor. */
const runNow: Handler<'jobs.runNow'> = async (ctx) => {
  const { member } = requireMember(ctx.caller);
  return runOverdueJob(ctx.deps, ctx.now, { id: member._id, name: member.name });
};

/** The `jobs` function's callable actions (its timer runs the same job without a caller). */
export const jobsRoutes: Routes<'jobs'> = {
  'jobs.runNow': runNow,
};

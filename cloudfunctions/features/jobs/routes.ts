import { requireMember, type Handler, type Routes } from '../../platform/routes';
import { runHomeDeliveryJob } from './home-delivery';
import { runOverdueJob } from './overdue';

/**
 * The jobs now, on a staff member's tap: the same jobs the timer runs (督办 with the staff member as
 * the actor, then 送学上门). The answer reports 督办; the delivery tasks show on the secretaries' pages.
 */
const runNow: Handler<'jobs.runNow'> = async (ctx) => {
  const { member } = requireMember(ctx.caller);
  const overdue = await runOverdueJob(ctx.deps, ctx.now, { id: member._id, name: member.name });
  const delivery = await runHomeDeliveryJob(ctx.deps, ctx.now);
  return { ...overdue, deliveryTasks: delivery.created, deliveryMore: delivery.more };
};

/** The `jobs` function's callable actions (its timer runs the same job without a caller). */
export const jobsRoutes: Routes<'jobs'> = {
  'jobs.runNow': runNow,
};

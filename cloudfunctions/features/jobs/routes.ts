import { requireMember, type Handler, type Routes } from '../../platform/routes';
import { runHomeDeliveryJob } from './home-delivery';
import { runOverdueJob } from './overdue';
import { runSignupReminders } from './signup-reminders';

/**
 * The jobs now, on a staff member's tap: the same jobs the timer runs (督办 with the staff member as
 * the actor, 送学上门, the day-before reminders). The reminders are kept queued as from the timer: their
 * pushes go from the kept entries, so a reminder the timer already kept is never pushed twice.
 */
const runNow: Handler<'jobs.runNow'> = async (ctx) => {
  const { member } = requireMember(ctx.caller);
  const overdue = await runOverdueJob(ctx.deps, ctx.now, { id: member._id, name: member.name });
  const delivery = await runHomeDeliveryJob(ctx.deps, ctx.now);
  const reminders = await runSignupReminders({ ...ctx.deps, notifier: ctx.deps.notifier.queued() }, ctx.now);
  return { ...overdue, deliveryTasks: delivery.created, deliveryMore: delivery.more, signupReminders: reminders.activities + reminders.sessions };
};

/** The `jobs` function's callable actions (its timer runs the same job without a caller). */
export const jobsRoutes: Routes<'jobs'> = {
  'jobs.runNow': runNow,
};

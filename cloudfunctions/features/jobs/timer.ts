import type { Deps } from '../../platform/deps';
import { runHomeDeliveryJob, type HomeDeliverySummary } from './home-delivery';
import { runOverdueJob, type JobSummary } from './overdue';
import { runSignupReminders, type ReminderSummary } from './signup-reminders';
import { runCareCalendar, type CalendarSummary } from '../care/calendar-job';
import { settleIdeaTallies, type SettleSummary } from '../ideas/tallies-settle';
import { sweepDeskCodes, type DeskSweepSummary } from '../members/desk/sweep';

/**
 * CloudBase calls a timer-triggered function with `{ Type: 'Timer', TriggerName, Time }` and no caller;
 * such an event runs the jobs directly (there is no user, so no pipeline). Every other event is a call
 * from the mini-program and goes through the pipeline like any function.
 */
export const isTimerEvent = (event: unknown): boolean =>
  typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer';

/**
 * Each job on its own: one failing never keeps the other from running. A timer invocation may not
 * 云调用, so its notices are kept: the entries now, their pushes sent by the next user-triggered call.
 */
export const runTimer = async (
  invocationDeps: Deps,
): Promise<{ ok: boolean; summary?: JobSummary; homeDelivery?: HomeDeliverySummary; reminders?: ReminderSummary; care?: CalendarSummary; ideaTallies?: SettleSummary; deskCodes?: DeskSweepSummary }> => {
  const deps: Deps = { ...invocationDeps, notifier: invocationDeps.notifier.queued() };
  const attempt = async <T>(name: string, job: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await job();
    } catch (error) {
      deps.log.error(`jobs timer: ${name} failed`, { error: error instanceof Error ? error.message : String(error) });
      return undefined;
    }
  };
  const summary = await attempt('overdue', () => runOverdueJob(deps, deps.clock.now()));
  const homeDelivery = await attempt('homeDelivery', () => runHomeDeliveryJob(deps, deps.clock.now()));
  const reminders = await attempt('signupReminders', () => runSignupReminders(deps, deps.clock.now()));
  const care = await attempt('careCalendar', () => runCareCalendar(deps, deps.clock.now()));
  const ideaTallies = await attempt('ideaTallies', () => settleIdeaTallies(deps.db));
  const deskCodes = await attempt('deskCodes', () => sweepDeskCodes(deps.db, deps.clock.now()));
  return {
    ok: !!summary && !!homeDelivery && !!reminders && !!care && !!ideaTallies && !!deskCodes,
    ...(deskCodes ? { deskCodes } : {}),
    ...(ideaTallies ? { ideaTallies } : {}),
    ...(care ? { care } : {}),
    ...(summary ? { summary } : {}),
    ...(homeDelivery ? { homeDelivery } : {}),
    ...(reminders ? { reminders } : {}),
  };
};

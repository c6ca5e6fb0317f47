import type { Deps } from '../../platform/deps';
import { runOverdueJob, type JobSummary } from './overdue';

/**
 * CloudBase calls a timer-triggered function with `{ Type: 'Timer', TriggerName, Time }` and no caller;
 * such an event runs the jobs directly (there is no user, so no pipeline). Every other event is a call
 * from the mini-program and goes through the pipeline like any function.
 */
export const isTimerEvent = (event: unknown): boolean =>
  typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer';

export const runTimer = async (deps: Deps): Promise<{ ok: boolean; summary?: JobSummary }> => {
  try {
    return { ok: true, summary: await runOverdueJob(deps, deps.clock.now()) };
  } catch (error) {
    deps.log.error('jobs timer failed', { error: error instanceof Error ? error.message : String(error) });
    return { ok: false };
  }
};

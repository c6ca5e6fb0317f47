import type { ApiError, Envelope } from './envelope';

/**
 * The one error a caller retries by itself: BUSY ("人多，正在为您重新提交"), answered when the platform made
 * the call wait (a transaction conflict the SDK's own retries did not clear, a write that waited too long
 * for a lock, the same request still running). Nothing happened for a BUSY answer, so the caller sends the
 * SAME requestId again after `retryAfterMs`; an elder never sees "系统繁忙" for a race. The client's call
 * layer and the test cloud use this same policy.
 */
export const isRetryable = (error: Pick<ApiError, 'code'>): boolean => error.code === 'BUSY';

/** How long a caller keeps retrying before it shows the BUSY message (about a function's lifetime). */
export const RETRY_BUDGET_MS = 20_000;

/**
 * The pause before try `attempt` (1-based): the server's `retryAfterMs` at least, doubling from 100 ms,
 * and spread from half to one and a half times so that a burst of callers does not come back in step.
 */
export const retryDelayMs = (attempt: number, retryAfterMs = 0, random: () => number = Math.random): number => {
  const base = Math.max(retryAfterMs, 100 * 2 ** Math.min(attempt - 1, 5));
  return Math.round(base * (0.5 + random()));
};

/** What the server suggests with a BUSY answer: a short, jittered pause. */
export const busyRetryAfterMs = (random: () => number = Math.random): number => 150 + Math.round(random() * 350);

/**
 * Sends with `once` until the answer is not BUSY or `budgetMs` is spent; the caller passes the same
 * requestId each time. The client keeps RETRY_BUDGET_MS; the test cloud passes a longer one, so that a test
 * checks answers and not the speed of a shared machine (the bench counts answers past the client's budget).
 */
export const untilNotBusy = async <E extends Envelope<unknown>>(once: () => Promise<E>, budgetMs = RETRY_BUDGET_MS): Promise<E> => {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    const answer = await once();
    if (answer.ok || !isRetryable(answer.error)) return answer;
    const wait = retryDelayMs(attempt, answer.error.retryAfterMs);
    if (Date.now() - started + wait > budgetMs) return answer;
    await new Promise<void>((resolve) => setTimeout(resolve, wait));
  }
};

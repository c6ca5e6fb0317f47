import type { RateLimit } from '../contract/define';

/**
 * Per-caller, per-action fixed-window limiter kept in the function instance's memory.
 * Why not the database: a counter there costs a read and a write on every call, which would break
 * the round-trip budget (reads ≤ 2, writes ≤ 4 per action) for a guard against a runaway client. The trade-off: with N warm
 * instances the effective limit is up to N times higher, still bounding any one abusive client.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number; seen: Set<string> }>();

  constructor(private readonly maxKeys = 10_000) {}

  /**
   * Returns 0 when the call may go ahead, else how many ms until it may. A resend of a request already
   * counted in this window (the same requestId: a BUSY retry, a lost answer) is never charged again: it
   * must reach idempotency and get its first answer, not RATE_LIMITED.
   */
  take(key: string, rule: RateLimit, nowMs: number, requestId = ''): number {
    const current = this.windows.get(key);
    if (current && requestId && current.seen.has(requestId) && nowMs - current.start < rule.windowMs) return 0;
    if (!current || nowMs - current.start >= rule.windowMs) {
      if (this.windows.size >= this.maxKeys) this.windows.clear(); // bounded memory beats precision here
      this.windows.set(key, { start: nowMs, count: 1, seen: new Set(requestId ? [requestId] : []) });
      return 0;
    }
    if (current.count >= rule.limit) return current.start + rule.windowMs - nowMs;
    current.count += 1;
    if (requestId) current.seen.add(requestId);
    return 0;
  }
}

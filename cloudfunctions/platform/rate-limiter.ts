import type { RateLimit } from '../contract/define';

/**
 * Per-caller, per-action fixed-window limiter kept in the function instance's memory.
 * Why not the database: a counter there costs a read and a write on every call, which would break
 * the round-trip budget (DESIGN §8) for a guard against a runaway client. The trade-off: with N warm
 * instances the effective limit is up to N times higher, still bounding any one abusive client.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly maxKeys = 10_000) {}

  /** Returns 0 when the call may go ahead, else how many ms until it may. */
  take(key: string, rule: RateLimit, nowMs: number): number {
    const current = this.windows.get(key);
    if (!current || nowMs - current.start >= rule.windowMs) {
      if (this.windows.size >= this.maxKeys) this.windows.clear(); // bounded memory beats precision here
      this.windows.set(key, { start: nowMs, count: 1 });
      return 0;
    }
    if (current.count >= rule.limit) return current.start + rule.windowMs - nowMs;
    current.count += 1;
    return 0;
  }
}

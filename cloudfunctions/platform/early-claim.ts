import type { Database } from './database';
import { claimRequest, type IdempotencyClaim } from './idempotency';

type RequestScope = Parameters<typeof claimRequest>[1];

/**
 * The idempotency claim of a write, sent at once beside the caller's member read: the two requests are
 * independent, so the call waits for one round trip instead of two. The claim is then held while the
 * pipeline decides; every refusal before the handler (not registered, forbidden, rate limited, an error)
 * gives it up, so a refused call still leaves the database as it found it.
 */
export interface EarlyClaim {
  /** The claim's outcome: a fresh claim, or the earlier answer to replay; rejects as claimRequest does. */
  result(): Promise<IdempotencyClaim>;
  /** Removes the claim if this call made it (a replay or a failed claim made nothing). Never rejects. */
  giveUp(): Promise<void>;
}

export const claimEarly = (db: Database, scope: RequestScope, input: unknown, now: Date): EarlyClaim => {
  const pending = claimRequest(db, scope, input, now);
  // Observed by result() or giveUp(); without this a refusal that never asks would leave an unhandled rejection.
  pending.catch(() => undefined);
  return {
    result: () => pending,
    giveUp: async () => {
      const claim = await pending.catch(() => null);
      if (claim && !claim.replay) await claim.release().catch(() => undefined);
    },
  };
};

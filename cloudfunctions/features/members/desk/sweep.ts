import type { Database } from '../../../platform/database';
import { CODES } from './code-store';

export interface DeskSweepSummary {
  removed: number;
}

/** A day past its expiry a code is of no use even to an audit (the audit entry keeps who, when, which code). */
const KEEP_MS = 24 * 3600_000;

/**
 * The daily timer's sweep of old login codes, so the collection holds only the day's. One query remove: a
 * code past expiry is never read or written again (every desk.* call refuses it first), so nothing races it.
 */
export const sweepDeskCodes = async (db: Database, now: Date): Promise<DeskSweepSummary> => {
  const cutoff = new Date(now.getTime() - KEEP_MS);
  const res = (await db.collection(CODES).where({ expiresAt: db.command.lt(cutoff) }).remove()) as { deleted?: number | string };
  return { removed: Number(res.deleted ?? 0) };
};

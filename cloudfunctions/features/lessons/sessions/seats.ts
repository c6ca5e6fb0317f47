import { AppError } from '../../../platform/app-error';
import { checked, type Database } from '../../../platform/database';
import { getSession, SESSIONS, type SessionDoc } from './store';

/**
 * The 院坝小讲堂's own document is its seat ledger: `taken` and `holders` (member id → true). Taking or
 * freeing a seat is ONE conditional update of it, outside any transaction — for the reason given in
 * features/volunteers/seat-ledger.ts (CloudBase transactions fail fast on a hot document; a plain update
 * of one document is atomic and never refused for contention). When nothing matched, the session is read
 * again and the decision retaken.
 */
const MAX_ROUNDS = 12;
const holderPath = (memberId: string) => `holders.${memberId}`;

const updateIfStill = async (db: Database, where: Record<string, unknown>, data: Record<string, unknown>): Promise<SessionDoc | null> => {
  const res = checked(await db.collection(SESSIONS).where(where).updateAndReturn(data)) as { updated?: number; doc?: SessionDoc };
  return res.updated ? (res.doc ?? null) : null;
};

export const holdsSeat = (s: Pick<SessionDoc, 'holders'>, memberId: string): boolean => !!s.holders?.[memberId];

/** A seat for `memberId`; `fresh` is false when they already held one (a repeated tap changes nothing). */
export const takeSessionSeat = async (db: Database, first: SessionDoc, memberId: string): Promise<{ session: SessionDoc; fresh: boolean }> => {
  const _ = db.command;
  let s = first;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (holdsSeat(s, memberId)) return { session: s, fresh: false };
    if (s.status !== 'scheduled') throw new AppError('SESSION_SIGNUP_CLOSED');
    if (s.taken >= s.capacity) throw new AppError('SESSION_FULL');
    const done = await updateIfStill(
      db,
      { _id: s._id, status: 'scheduled', capacity: s.capacity, taken: _.lt(s.capacity), [holderPath(memberId)]: _.exists(false) },
      { taken: _.inc(1), [holderPath(memberId)]: true },
    );
    if (done) return { session: done, fresh: true };
    s = await getSession(db, s._id);
  }
  throw new Error(`session ${first._id}: no seat decision after ${MAX_ROUNDS} rounds`);
};

/** Frees `memberId`'s seat while the session still takes sign-ups; false when they held none. */
export const leaveSessionSeat = async (db: Database, first: SessionDoc, memberId: string): Promise<{ session: SessionDoc; had: boolean }> => {
  const _ = db.command;
  let s = first;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (!holdsSeat(s, memberId)) return { session: s, had: false };
    if (s.status !== 'scheduled') throw new AppError('SESSION_SIGNUP_CLOSED');
    const done = await updateIfStill(
      db,
      { _id: s._id, status: 'scheduled', [holderPath(memberId)]: true },
      { taken: _.inc(-1), [holderPath(memberId)]: _.remove() },
    );
    if (done) return { session: done, had: true };
    s = await getSession(db, s._id);
  }
  throw new Error(`session ${first._id}: no seat release after ${MAX_ROUNDS} rounds`);
};

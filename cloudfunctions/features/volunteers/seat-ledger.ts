import { decideSignUp, WAITLIST_MAX } from '../../domain/volunteers/seats';
import { checked, type Database } from '../../platform/database';
import { ACTIVITIES, type ActivityDoc } from './docs';
import { getActivity } from './reads';

/**
 * The activity document is the seat ledger: `taken`, `holders` (a map member id → true for everyone holding
 * a seat, confirmed or awaiting approval) and `waiting` (member ids in arrival order).
 *
 * Why not a transaction: CloudBase transactions fail fast on a locked document (DATABASE_TRANSACTION_CONFLICT,
 * which the SDK retries 3 times with no pause), so a WeChat-group burst of hundreds of taps on one activity
 * would mostly fail, and a transaction of six round trips holds the document for ~100 ms on the platform.
 * A plain update of one document is atomic and is never refused for contention (the database orders plain
 * writes on a document itself). So every change of places is ONE conditional update that says what must
 * still be true ("a seat is free, this person holds none"); when nothing matched, the ledger is read again
 * and the decision retaken. Measured in test/bench (burst): 300 taps answered, none over-filled.
 *
 * Sign-up documents are written after the ledger, as its projection; the handlers repair one that lags
 * behind (a call that died between the two writes) the next time that member or a manager touches it.
 */
export type Place = 'seat' | 'waiting' | null;

export const placeOf = (a: Pick<ActivityDoc, 'holders' | 'waiting'>, memberId: string): Place =>
  a.holders?.[memberId] ? 'seat' : a.waiting.includes(memberId) ? 'waiting' : null;

/** The ledger's `holders` for these seat holders (new activities, seeds). */
export const holdersOf = (memberIds: readonly string[]): Record<string, true> =>
  Object.fromEntries(memberIds.map((id) => [id, true as const]));

/** Enough for any real race: each lost round means someone else's change landed first. */
const MAX_ROUNDS = 12;

const holderPath = (memberId: string) => `holders.${memberId}`;

type Command = Database['command'];

const updateIfStill = async (db: Database, where: Record<string, unknown>, data: Record<string, unknown>): Promise<ActivityDoc | null> => {
  const res = checked(await db.collection(ACTIVITIES).where(where).updateAndReturn(data)) as { updated?: number; doc?: ActivityDoc };
  return res.updated ? (res.doc ?? null) : null;
};

export type TakeResult =
  | { kind: 'seat' | 'waiting'; activity: ActivityDoc; fresh: boolean }
  | { kind: 'full'; activity: ActivityDoc };

/**
 * Takes a seat, or the next place on the waiting list, for `memberId`. `fresh` is false when the member
 * already held the place (a repeated tap, or a retry after a lost answer): nothing changed then.
 * `allowed(activity)` re-checks what depends on the activity as read (phase, cancellation) every round.
 */
export const takePlace = async (
  db: Database,
  first: ActivityDoc,
  memberId: string,
  allowed: (a: ActivityDoc) => void,
): Promise<TakeResult> => {
  const _ = db.command as Command;
  let a = first;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const held = placeOf(a, memberId);
    if (held) return { kind: held, activity: a, fresh: false };
    allowed(a);
    const decision = decideSignUp(a, a.needsApproval);
    if (decision === 'full') return { kind: 'full', activity: a };
    const nobodyYet = { _id: a._id, cancelled: false, capacity: a.capacity, [holderPath(memberId)]: _.exists(false), waiting: _.neq(memberId) };
    const done =
      decision === 'waiting'
        ? await updateIfStill(db, { ...nobodyYet, taken: _.gte(a.capacity), [`waiting.${WAITLIST_MAX - 1}`]: _.exists(false) }, { waiting: _.push(memberId) })
        : await updateIfStill(db, { ...nobodyYet, taken: _.lt(a.capacity) }, { taken: _.inc(1), [holderPath(memberId)]: true });
    if (done) return { kind: decision === 'waiting' ? 'waiting' : 'seat', activity: done, fresh: true };
    a = await getActivity(db, a._id);
  }
  throw new Error(`seat ledger of ${first._id}: no decision after ${MAX_ROUNDS} rounds`);
};

export interface LeaveResult {
  had: Place;
  /** Who took the freed seat from the head of the waiting list. */
  promoted: string | null;
  activity: ActivityDoc;
}

/**
 * Gives up `memberId`'s place. A freed seat goes to the first person waiting in the same update, so a
 * newcomer can never slip into it ahead of the queue. `promote` is false for a called-off activity.
 */
export const leavePlace = async (db: Database, first: ActivityDoc, memberId: string, promote = true): Promise<LeaveResult> => {
  const _ = db.command as Command;
  let a = first;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const had = placeOf(a, memberId);
    if (!had) return { had: null, promoted: null, activity: a };
    let done: ActivityDoc | null;
    let promoted: string | null = null;
    if (had === 'waiting') {
      done = await updateIfStill(db, { _id: a._id, waiting: memberId }, { waiting: _.pull(memberId) });
    } else {
      const promoting = promote && !a.cancelled && a.taken <= a.capacity;
      const next = promoting ? a.waiting[0] : undefined;
      const mine = { _id: a._id, [holderPath(memberId)]: true };
      if (next) {
        promoted = next;
        done = await updateIfStill(db, { ...mine, 'waiting.0': next, capacity: a.capacity }, {
          [holderPath(memberId)]: _.remove(), [holderPath(next)]: true, waiting: _.shift(),
        });
      } else {
        // When promoting, only while nobody is waiting (else the head of the queue takes the seat, above).
        done = await updateIfStill(db, { ...mine, ...(promoting ? { waiting: _.size(0) } : {}) }, {
          [holderPath(memberId)]: _.remove(), taken: _.inc(-1),
        });
      }
    }
    if (done) return { had, promoted, activity: done };
    a = await getActivity(db, a._id);
  }
  throw new Error(`seat ledger of ${first._id}: no release after ${MAX_ROUNDS} rounds`);
};

import { COLLECTIONS } from '../../contract/collections';
import type { VolunteerField } from '../../contract/volunteer-model';
import { checked, type Database, type Transaction } from '../../platform/database';
import type { ActivityDoc, SignupDoc } from './docs';
import { scheduleChanges, writeSchedule, type Scheduled } from './schedule';

/**
 * volunteers.figures as running tallies: one cell per start month × team × field, so the figures read a
 * few documents per cell however many activities and sign-ups there are. What a cell counts:
 * - `activities`: activities posted and not called off whose start falls in the month, started or not.
 *   "Held" means started before now, which is no write; figures.ts takes the current month's
 *   not-yet-started ones off at read time. An activity is edited or called off only before it starts, so a
 *   month that is over never needs that correction.
 * - `participants` and `minutes`: sign-ups with minutes > 0 (one person-time each) and their minutes, in
 *   the cell of the sign-up's copy of its activity (month, team, field). Minutes > 0 only exist once the
 *   activity has started (hours.ts clips service to its span), and from then on its month and field stay.
 * Every write that changes what a record counts for (post, edit, call-off; check-out, a leader's mark or
 * correction) adds after − before in the SAME transaction as the record, so the cells stay exact.
 *
 * A cell may be spread over up to SHARDS documents: a write picks one at random (again on every retry)
 * among as many as its activity's crowd calls for (spreadOf). Why: a tally written in a transaction is
 * locked until commit, and CloudBase fails any other transaction's write to it at once
 * (DATABASE_TRANSACTION_CONFLICT, three quick SDK retries); on one document per cell, a crowd checking out
 * of one activity together would queue through it and mostly be refused. A quiet cell stays one document.
 */
export const VOLUNTEER_TALLIES = COLLECTIONS.volunteerTallies;
export const SHARDS = 128;

export interface Cell {
  month: string;
  teamId: string;
  teamName: string;
  field: VolunteerField;
}

export interface Counts {
  activities: number;
  participants: number;
  minutes: number;
}

export type VolunteerTallyDoc = { _id: string } & Cell & Counts;

/** Shard 0 has the plain id (what the seeds write). */
export const tallyId = (c: Pick<Cell, 'month' | 'teamId' | 'field'>, shard = 0): string =>
  `${c.month}_${c.teamId}_${c.field}${shard ? `_${shard}` : ''}`;

export interface Counted {
  cell: Cell;
  counts: Counts;
  /** An activity's own counts carry it, for the month's start times (schedule.ts). */
  activity?: Scheduled;
}

const cellOf = (r: Cell): Cell => ({ month: r.month, teamId: r.teamId, teamName: r.teamName, field: r.field });

type CountedActivity = Pick<ActivityDoc, 'month' | 'teamId' | 'teamName' | 'field' | 'cancelled' | 'startAt'>;
type CountedSignup = Pick<SignupDoc, 'month' | 'teamId' | 'teamName' | 'field' | 'minutes'>;

/** What an activity adds to the figures (null: it does not exist). */
export const activityCounts = (a: CountedActivity | null): Counted[] =>
  a && !a.cancelled ? [{ cell: cellOf(a), counts: { activities: 1, participants: 0, minutes: 0 }, activity: a }] : [];

/** What a sign-up adds: one person-time and its minutes, once it has minutes. */
export const signupCounts = (s: CountedSignup | null): Counted[] =>
  s && (s.minutes ?? 0) > 0 ? [{ cell: cellOf(s), counts: { activities: 0, participants: 1, minutes: s.minutes ?? 0 } }] : [];

const KEYS = ['activities', 'participants', 'minutes'] as const;

/** after − before, cell by cell, leaving out what nets to nothing. */
export const difference = (before: Counted[], after: Counted[]): Counted[] => {
  const cells = new Map<string, Counted>();
  const add = (c: Counted, sign: 1 | -1) => {
    const id = tallyId(c.cell);
    const d = cells.get(id) ?? { cell: c.cell, counts: { activities: 0, participants: 0, minutes: 0 } };
    for (const k of KEYS) d.counts[k] += sign * c.counts[k];
    cells.set(id, d);
  };
  for (const c of before) add(c, -1);
  for (const c of after) add(c, 1);
  return [...cells.values()].filter((d) => KEYS.some((k) => d.counts[k] !== 0));
};

/** How many people one shard is sized for (see spreadOf). */
const PEOPLE_PER_SHARD = 2;

/**
 * The shards an activity's records pick from: as many as its seats held need (one for a small activity,
 * up to SHARDS), so a crowd that can check out of it together seldom meets on one shard, while a quiet
 * cell stays one document or a few for the figures to read.
 */
export const spreadOf = (activity: Pick<ActivityDoc, 'taken'>): number =>
  Math.min(SHARDS, Math.max(1, Math.ceil(activity.taken / PEOPLE_PER_SHARD)));

/**
 * Inside the record's transaction: adds after − before to one of the first `spread` shards of each cell
 * it touches, at random (again on every retry). Call it as the transaction's last write, so the shared
 * document stays locked for as short a time as possible. A shard not made yet is made here; two
 * transactions making the same one conflict, and the loser retries, likely on another. An activity's
 * start time moves in its month's schedule (schedule.ts) in the same transaction.
 */
export const tally = async (db: Database, tx: Transaction, before: Counted[], after: Counted[], spread = 1, random: () => number = Math.random): Promise<void> => {
  for (const { cell, counts } of difference(before, after)) {
    const id = tallyId(cell, Math.floor(random() * Math.min(spread, SHARDS)));
    const inc = Object.fromEntries(KEYS.filter((k) => counts[k] !== 0).map((k) => [k, db.command.inc(counts[k])]));
    const res = checked(await tx.collection(VOLUNTEER_TALLIES).doc(id).update(inc)) as { updated?: number };
    if (!res.updated) checked(await tx.collection(VOLUNTEER_TALLIES).add({ _id: id, ...cell, ...counts }));
  }
  const activityOf = (list: Counted[]) => list.find((c) => c.activity)?.activity ?? null;
  await writeSchedule(db, tx, scheduleChanges(activityOf(before), activityOf(after)));
};

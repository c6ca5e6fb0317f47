import { COLLECTIONS } from '../../contract/collections';
import type { VolunteerField } from '../../contract/volunteer-model';
import { checked, type Database, type Transaction } from '../../platform/database';
import type { ActivityDoc, SignupDoc } from './docs';
import { scheduleChanges, writeSchedule, type Scheduled } from './schedule';

/**
 * volunteers.figures as running tallies: one document per start month holding every team × field cell of
 * it, so the figures read one document per month (per shard in use) however many activities, sign-ups,
 * teams and fields there are. (One document per cell grew with the data: the more activities, the more of
 * a month's team × field cells fill in, and the figures read them all.) What a cell counts:
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
 * A month may be spread over up to SHARDS documents: a write picks one at random (again on every retry)
 * among as many as its activity's crowd calls for (spreadOf). Why: a tally written in a transaction is
 * locked until commit, and CloudBase fails any other transaction's write to it at once
 * (DATABASE_TRANSACTION_CONFLICT, three quick SDK retries); on one document per month, a crowd checking out
 * of one activity together (or of the month's other activities at the same hour) would queue through it
 * and mostly be refused. Shard 0 has the month as its id; shard k its month and `_k`, so a month's shards
 * sit together in `_id` order (figures.ts reads a range of months as one `_id` range).
 *   { _id: '2026-11_3', month: '2026-11', teams: { <teamId>: { name, by: { <field>: { activities, participants, minutes } } } } }
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

export interface MonthTallyDoc {
  _id: string;
  month: string;
  teams: Record<string, { name: string; by: Partial<Record<VolunteerField, Counts>> }>;
}

/** A month's shard: shard 0 has the plain month (what the seeds write). */
export const tallyId = (month: string, shard = 0): string => (shard ? `${month}_${shard}` : month);

/** A cell's key within the figures (one month, team and field). */
export const cellKey = (c: { month: string; teamId: string; field: string }): string => [c.month, c.teamId, c.field].join('\u0000');

/** The cells a month document holds, one row each. */
export const cellsOf = (doc: MonthTallyDoc): Array<Cell & Counts> =>
  Object.entries(doc.teams ?? {}).flatMap(([teamId, team]) => Object.entries(team.by ?? {}).map(([field, counts]) => ({
    month: doc.month, teamId, teamName: team.name, field: field as VolunteerField,
    activities: counts?.activities ?? 0, participants: counts?.participants ?? 0, minutes: counts?.minutes ?? 0,
  })));

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
    const id = cellKey(c.cell);
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
/** A month's shards are shared by all its activities: even small ones spread a little, for the month's other crowds. */
const MIN_SPREAD = 4;

/**
 * The shards an activity's sign-up records pick from: as many as its seats held need (up to SHARDS), and
 * at least a few, so a crowd that can check out of it together seldom meets on one shard, while a quiet
 * month stays one document or a few for the figures to read.
 */
export const spreadOf = (activity: Pick<ActivityDoc, 'taken'>): number =>
  Math.min(SHARDS, Math.max(MIN_SPREAD, Math.ceil(activity.taken / PEOPLE_PER_SHARD)));

/** The same months' changes as nested updates: each cell's counts incremented, the team's name kept. */
const monthChanges = (db: Database, changes: Counted[]) => {
  const months = new Map<string, { doc: MonthTallyDoc; update: Record<string, { name: string; by: Record<string, Record<string, unknown>> }> }>();
  for (const { cell, counts } of changes) {
    const m = months.get(cell.month) ?? { doc: { _id: '', month: cell.month, teams: {} }, update: {} };
    const team = (m.doc.teams[cell.teamId] ??= { name: cell.teamName, by: {} });
    team.by[cell.field] = { ...counts };
    const up = (m.update[cell.teamId] ??= { name: cell.teamName, by: {} });
    up.by[cell.field] = Object.fromEntries(KEYS.filter((k) => counts[k] !== 0).map((k) => [k, db.command.inc(counts[k])]));
    months.set(cell.month, m);
  }
  return months;
};

/**
 * Inside the record's transaction: adds after − before to one of the first `spread` shards of each month
 * it touches, at random (again on every retry). Call it as the transaction's last write, so the shared
 * document stays locked for as short a time as possible. A shard not made yet is made here; two
 * transactions making the same one conflict, and the loser retries, likely on another. An activity's
 * start time moves in its month's schedule (schedule.ts) in the same transaction.
 */
export const tally = async (db: Database, tx: Transaction, before: Counted[], after: Counted[], spread = 1, random: () => number = Math.random): Promise<void> => {
  for (const [month, { doc, update }] of monthChanges(db, difference(before, after))) {
    const id = tallyId(month, Math.floor(random() * Math.min(spread, SHARDS)));
    const res = checked(await tx.collection(VOLUNTEER_TALLIES).doc(id).update({ teams: update })) as { updated?: number };
    if (!res.updated) checked(await tx.collection(VOLUNTEER_TALLIES).add({ ...doc, _id: id }));
  }
  const activityOf = (list: Counted[]) => list.find((c) => c.activity)?.activity ?? null;
  await writeSchedule(db, tx, scheduleChanges(activityOf(before), activityOf(after)));
};

import { COLLECTIONS } from '../../contract/collections';
import { checked, type Database, type Transaction } from '../../platform/database';
import type { ActivityDoc } from './docs';

/**
 * When a month's activities start, per team and field: what volunteers.figures needs to tell the current
 * month's activities held (started before now) from those still to come, read as one document instead of
 * this month's activities. One document per start month in the tallies' collection, under its own id and
 * without a `month` field, so the cells' aggregate (match on `month`) never meets it:
 *   { _id: 'starts_2026-11', starts: { <teamId>: { <field>: { t<start ms>: <activities> } } } }
 * Activities sharing a start time share a key, so it holds one number per distinct start time, bounded by
 * the calendar rather than by how many activities there are.
 *
 * Only posting, editing and calling off an activity change it (staff and team leaders, a few a day): one
 * unsharded document is enough, written in the activity's own transaction by tally().
 */
const COLLECTION = COLLECTIONS.volunteerTallies;
export const SCHEDULE_PREFIX = 'starts_';
export const scheduleId = (month: string) => `${SCHEDULE_PREFIX}${month}`;

type Starts = Record<string, Record<string, Record<string, number>>>;
export interface ScheduleDoc {
  _id: string;
  starts: Starts;
}

export type Scheduled = Pick<ActivityDoc, 'month' | 'teamId' | 'field' | 'startAt' | 'cancelled'>;

const keyOf = (startAt: Date | string) => `t${new Date(startAt).getTime()}`;

/** Where an activity counts: its start month, team, field and start key; nothing once called off. */
const slotsOf = (a: Scheduled | null) => (a && !a.cancelled ? [{ month: a.month, teamId: a.teamId, field: a.field, key: keyOf(a.startAt) }] : []);

/** after − before by month: the nested counts to add to each month's document (net zero left out). */
export const scheduleChanges = (before: Scheduled | null, after: Scheduled | null): Map<string, Starts> => {
  const net = new Map<string, { slot: ReturnType<typeof slotsOf>[number]; n: number }>();
  const add = (a: Scheduled | null, n: number) => {
    for (const slot of slotsOf(a)) {
      const id = [slot.month, slot.teamId, slot.field, slot.key].join('\u0000');
      net.set(id, { slot, n: (net.get(id)?.n ?? 0) + n });
    }
  };
  add(before, -1);
  add(after, 1);
  const months = new Map<string, Starts>();
  for (const { slot, n } of net.values()) {
    if (n === 0) continue;
    const starts = months.get(slot.month) ?? {};
    ((starts[slot.teamId] ??= {})[slot.field] ??= {})[slot.key] = n;
    months.set(slot.month, starts);
  }
  return months;
};

/** The same nested shape with every number wrapped (an update increments each leaf). */
const mapLeaves = (starts: Starts, leaf: (n: number) => unknown) =>
  Object.fromEntries(Object.entries(starts).map(([team, fields]) => [team, Object.fromEntries(
    Object.entries(fields).map(([field, keys]) => [field, Object.fromEntries(Object.entries(keys).map(([k, n]) => [k, leaf(n)]))]),
  )]));

/** Inside the activity's transaction: adds the changes to each month's document, made on first use. */
export const writeSchedule = async (db: Database, tx: Transaction, changes: Map<string, Starts>): Promise<void> => {
  for (const [month, starts] of changes) {
    const doc = tx.collection(COLLECTION).doc(scheduleId(month));
    const res = checked(await doc.update({ starts: mapLeaves(starts, (n) => db.command.inc(n)) })) as { updated?: number };
    if (!res.updated) checked(await tx.collection(COLLECTION).add({ _id: scheduleId(month), starts }));
  }
};

/** How many of the month's activities start at or after `now`, per cell key (tallies.ts cellKey). */
export const notStartedOf = (doc: ScheduleDoc | null, month: string, now: Date, cellId: (c: { month: string; teamId: string; field: string }) => string): Map<string, number> => {
  const out = new Map<string, number>();
  for (const [teamId, fields] of Object.entries(doc?.starts ?? {})) {
    for (const [field, keys] of Object.entries(fields)) {
      const n = Object.entries(keys).reduce((t, [k, c]) => (Number(k.slice(1)) >= now.getTime() ? t + c : t), 0);
      if (n) out.set(cellId({ month, teamId, field }), n);
    }
  }
  return out;
};

/** Two schedules of one month added together (the bulk seed onto the demo's). */
export const addSchedules = (a: ScheduleDoc, b: ScheduleDoc): ScheduleDoc => {
  const starts: Starts = JSON.parse(JSON.stringify(a.starts)) as Starts;
  for (const [team, fields] of Object.entries(b.starts)) {
    for (const [field, keys] of Object.entries(fields)) {
      for (const [k, n] of Object.entries(keys)) {
        const cell = ((starts[team] ??= {})[field] ??= {});
        cell[k] = (cell[k] ?? 0) + n;
      }
    }
  }
  return { _id: a._id, starts };
};

import { FIELD_LABELS, type FigureRow } from '../../contract/volunteer-model';
import { monthOf } from '../../domain/volunteers/hours';
import { readDoc, type Database } from '../../platform/database';
import type { Handler } from '../../platform/routes';
import { notStartedOf, scheduleId, type ScheduleDoc } from './schedule';
import { cellKey, cellsOf, VOLUNTEER_TALLIES, type Cell, type Counts, type MonthTallyDoc } from './tallies';

type Row = Cell & Counts;
const PAGE = 1000;

/**
 * Every cell of the months from `from` to `to`: their month documents (tallies.ts), one per month and
 * shard in use, as one `_id` range (a month's shard ids are the month, then `_k`; '~' sorts after them
 * and before the next month), 1000 a page. The shards of a cell are summed here.
 */
const readCells = async (db: Database, from: string, to: string): Promise<Row[]> => {
  const _ = db.command;
  const docs: MonthTallyDoc[] = [];
  for (let after: string | null = null; ; ) {
    const range = after === null ? _.gte(from).and(_.lt(`${to}~`)) : _.gt(after).and(_.lt(`${to}~`));
    const { data } = (await db.collection(VOLUNTEER_TALLIES).where({ _id: range }).orderBy('_id', 'asc').limit(PAGE).get()) as { data: MonthTallyDoc[] };
    docs.push(...data);
    if (data.length < PAGE) break;
    after = data[data.length - 1]._id;
  }
  const cells = new Map<string, Row>();
  for (const c of docs.flatMap(cellsOf)) {
    const key = cellKey(c);
    const r = cells.get(key);
    if (!r) cells.set(key, { ...c });
    else {
      r.activities += c.activities;
      r.participants += c.participants;
      r.minutes += c.minutes;
    }
  }
  return [...cells.values()];
};

/** This month's activities not started yet and not called off, per cell: from its schedule, one document. */
const notStarted = async (db: Database, month: string, now: Date): Promise<Map<string, number>> =>
  notStartedOf(await readDoc<ScheduleDoc>(db, VOLUNTEER_TALLIES, scheduleId(month)), month, now, cellKey);

const roll = (cells: Row[], keyOf: (c: Row) => [string, string]): FigureRow[] => {
  const rows = new Map<string, FigureRow>();
  for (const c of cells) {
    const [key, label] = keyOf(c);
    const r = rows.get(key) ?? { key, label, activities: 0, participants: 0, minutes: 0 };
    r.activities += c.activities;
    r.participants += c.participants;
    r.minutes += c.minutes;
    rows.set(key, r);
  }
  return [...rows.values()];
};

/**
 * Staff figures for a range of months: activities held, participants (person-times with hours) and
 * minutes, by team, field and month — from the running tallies (tallies.ts), so the reads do not grow
 * with the activities and sign-ups. The rule for "held" (started before now, not called off): a cell
 * counts its month's activities started or not, so
 * - a month before the current one is taken as it stands (every activity in it has started);
 * - a month after it has nothing held yet, and no minutes either (those need a start): it is not read;
 * - the current month is its tally less its activities still to start, from the month's schedule of
 *   start times (schedule.ts), one document however many activities the month has.
 * One read of the months' documents (a page per 1000) and one document, asked together; nothing for a range
 * wholly in the future.
 */
export const figures: Handler<'volunteers.figures'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const current = monthOf(ctx.now);
  const last = input.to < current ? input.to : current;
  const holdsCurrent = input.from <= current && current <= input.to;
  const [tallied, upcoming] = input.from > last
    ? [[], new Map<string, number>()]
    : await Promise.all([readCells(db, input.from, last), holdsCurrent ? notStarted(db, current, ctx.now) : new Map<string, number>()]);
  // A row appears for what has something to show, as the figures always did: a held activity or a person-time.
  const cells = tallied
    .map((c) => ({ ...c, activities: c.activities - (upcoming.get(cellKey(c)) ?? 0) }))
    .filter((c) => c.activities > 0 || c.participants > 0);
  const byTeam = roll(cells, (c) => [c.teamId, c.teamName]).sort((x, y) => y.minutes - x.minutes || x.label.localeCompare(y.label));
  const byField = roll(cells, (c) => [c.field, FIELD_LABELS[c.field]]).sort((x, y) => x.key.localeCompare(y.key));
  const byMonth = roll(cells, (c) => [c.month, c.month]).sort((x, y) => x.key.localeCompare(y.key));
  const sum = (k: keyof Counts) => byMonth.reduce((t, r) => t + r[k], 0);
  return { activities: sum('activities'), participants: sum('participants'), minutes: sum('minutes'), byTeam, byField, byMonth };
};

import { AGGREGATE_PAGE } from '../../platform/aggregate-pages';
import { COLLECTIONS } from '../../contract/collections';
import type { Database } from '../../platform/database';
import { branchMonth, LEARNERS, TALLIES, type TallyDoc } from './tallies';

/** What lessons.stats shows, before labels: 人次 in total and by kind, category, branch and month. */
export interface Breakdown {
  total: number;
  people: number;
  byKind: Map<string, number>;
  byCategory: Map<string, number>;
  byBranch: Map<string, number>;
  byMonth: Map<string, number>;
}

const add = (m: Map<string, number>, key: string, n: number) => {
  if (n) m.set(key, (m.get(key) ?? 0) + n);
};

/** Tally docs of a month range: months × branches of the county at most, read 1000 at a time. */
const readTallies = async (db: Database, match: Record<string, unknown>): Promise<TallyDoc[]> => {
  const out: TallyDoc[] = [];
  for (;;) {
    const { data } = await db.collection(TALLIES).where(match).orderBy('month', 'asc').skip(out.length).limit(1000).get();
    out.push(...(data as TallyDoc[]));
    if (data.length < 1000) return out;
  }
};

/**
 * The breakdown from the rollups: the tally docs of the range and one count of learners. A range with
 * no tally at all but with study records (data older than the tallies, or imported around the app) is
 * answered from the records themselves (`recount`), correct if slow; rebuildStudyTallies
 * (tallies-rebuild.ts) brings such data into the tallies. Checking every answer against a count of the
 * records was tried and dropped: that count scans the range, 18 s p50 at a million records.
 */
export const fromTallies = async (db: Database, from: string, to: string, months: string[], branchId?: string): Promise<Breakdown> => {
  const _ = db.command;
  const match: Record<string, unknown> = { month: _.gte(from).and(_.lte(to)) };
  if (branchId) match.branchId = branchId;
  const peopleQuery = branchId ? { branchMonths: _.in(months.map((m) => branchMonth(branchId, m))) } : { months: _.in(months) };
  const tallies = await readTallies(db, match);
  if (!tallies.length) return recount(db, match);
  const learners = await db.collection(LEARNERS).where(peopleQuery).count();
  const total = tallies.reduce((n, t) => n + t.total, 0);
  const b: Breakdown = { total, people: learners.total as number, byKind: new Map(), byCategory: new Map(), byBranch: new Map(), byMonth: new Map() };
  for (const t of tallies) {
    for (const [k, n] of Object.entries(t.byKind ?? {})) add(b.byKind, k, n);
    for (const [k, n] of Object.entries(t.byCategory ?? {})) add(b.byCategory, k, n);
    add(b.byBranch, t.branchId, t.total);
    add(b.byMonth, t.month, t.total);
  }
  return b;
};

/**
 * The breakdown counted from the study records: the slow, sure way. One small aggregate per breakdown
 * (each has a handful of groups up to months × … branches), not one over every kind × category ×
 * branch × month combination — that one outgrew its 5000-group page at county size and undercounted.
 */
export const recount = async (db: Database, match: Record<string, unknown>): Promise<Breakdown> => {
  const $ = db.command.aggregate;
  const by = async (key: unknown): Promise<Array<{ _id: string | null; count: number }>> =>
    ((await db.collection(COLLECTIONS.studyRecords).aggregate().match(match).group({ _id: key, count: $.sum(1) }).limit(AGGREGATE_PAGE).end()) as {
      data?: Array<{ _id: string | null; count: number }>;
    }).data ?? [];
  const [kinds, categories, branches, months, peopleRes] = await Promise.all([
    by('$kind'),
    by($.ifNull(['$category', 'none'])),
    by('$branchId'),
    by('$month'),
    db.collection(COLLECTIONS.studyRecords).aggregate().match(match).group({ _id: '$memberId' }).group({ _id: null, people: $.sum(1) }).end(),
  ]);
  const people = (((peopleRes as { data?: Array<{ people: number }> }).data ?? [])[0]?.people ?? 0) as number;
  const mapOf = (rows: Array<{ _id: string | null; count: number }>) => {
    const m = new Map<string, number>();
    for (const r of rows) add(m, String(r._id ?? 'none'), r.count);
    return m;
  };
  const byMonth = mapOf(months);
  return {
    total: [...byMonth.values()].reduce((n, c) => n + c, 0),
    people,
    byKind: mapOf(kinds),
    byCategory: mapOf(categories),
    byBranch: mapOf(branches),
    byMonth,
  };
};

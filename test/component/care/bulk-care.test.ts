import { startBulkCloud } from '../../support/bulk-cloud';
import type { BulkReport } from '../../../cloudfunctions/local/seed/bulk';
import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { OCCASIONS } from '../../../cloudfunctions/contract/care-model';
import { chinaDay } from '../../../cloudfunctions/contract/day-words';
import type { ProblemDoc, VisitDoc } from '../../../cloudfunctions/features/care/store';
import { tallyId, type CareTallyDoc } from '../../../cloudfunctions/features/care/tallies';
import { dataOf, type TestCloud } from '../../support/test-cloud';
import type { Database } from '../../../cloudfunctions/platform/database';

const STAFF = 'demo-staff-1';
const COUNTED = ['hospitalVisits', 'visitsDone', 'peopleVisited', 'problemsRaised', 'problemsSolved', 'paidFen', 'peopleHelped'] as const;
type Counts = Record<(typeof COUNTED)[number], number> & { visitsByOccasion: Record<string, number> };
interface Paid { memberId: string; branchId: string; amountFen: number; handedOn: string }

/** Every document of one indexed filter, a thousand at a time (the emulator refuses unindexed reads here too). */
const readAll = async <T,>(db: Database, collection: string, where: Record<string, unknown>, order: string): Promise<T[]> => {
  const out: T[] = [];
  for (let skip = 0; ; skip += 1000) {
    const { data } = await db.collection(collection).where(where).orderBy(order, 'asc').skip(skip).limit(1000).get();
    out.push(...(data as T[]));
    if (data.length < 1000) return out;
  }
};

/**
 * The figures recounted straight from the records, per year and branch, by the rules the actions count by
 * (written independently of the seed's own recount, which is what is checked).
 */
const recount = (visits: VisitDoc[], problems: ProblemDoc[], paid: Paid[]): Map<string, Counts> => {
  const out = new Map<string, Counts>();
  const people = new Set<string>();
  const of = (year: number, branchId: string) => {
    const id = tallyId(year, branchId);
    if (!out.has(id)) out.set(id, { hospitalVisits: 0, visitsDone: 0, peopleVisited: 0, problemsRaised: 0, problemsSolved: 0, paidFen: 0, peopleHelped: 0, visitsByOccasion: {} });
    return out.get(id) as Counts;
  };
  for (const v of visits) {
    const year = Number((v.visitedOn as string).slice(0, 4));
    const c = of(year, v.branchId);
    c.visitsDone += 1;
    c.hospitalVisits += v.occasion === 'hospital' ? 1 : 0;
    c.visitsByOccasion[v.occasion] = (c.visitsByOccasion[v.occasion] ?? 0) + 1;
    if (!people.has(`${year}_${v.memberId}`)) c.peopleVisited += 1;
    people.add(`${year}_${v.memberId}`);
  }
  for (const p of problems) {
    of(p.year, p.branchId).problemsRaised += 1;
    const solved = p.steps.find((s) => s.state === 'solved');
    if (solved) of(Number(chinaDay(solved.at).slice(0, 4)), p.branchId).problemsSolved += 1;
  }
  for (const p of paid) {
    const year = Number(p.handedOn.slice(0, 4));
    const c = of(year, p.branchId);
    c.paidFen += p.amountFen;
    if (!people.has(`${year}_paid_${p.memberId}`)) c.peopleHelped += 1;
    people.add(`${year}_paid_${p.memberId}`);
  }
  return out;
};

const countsOf = (t: CareTallyDoc): Counts => ({
  ...(Object.fromEntries(COUNTED.map((k) => [k, t[k] ?? 0])) as Record<(typeof COUNTED)[number], number>),
  visitsByOccasion: Object.fromEntries(Object.entries(t.visitsByOccasion ?? {}).filter(([, n]) => n)),
});

/** The bench's county-sized care data (cloudfunctions/local/seed/bulk-care.ts), at a small scale, on top of the demo's. */
describe('care: the bulk seed\'s care data and its tallies', () => {
  let cloud: TestCloud;
  let expected: Map<string, Counts>;
  let visits: VisitDoc[];
  beforeAll(async () => {
    let report: BulkReport;
    ({ cloud, report } = await startBulkCloud(0.05));
    expect(report.written[COLLECTIONS.careVisits]).toBeGreaterThan(300);
    visits = await readAll<VisitDoc>(cloud.db, COLLECTIONS.careVisits, { status: 'done' }, 'visitedOn');
    const problems = await readAll<ProblemDoc>(cloud.db, COLLECTIONS.careProblems, { year: cloud.db.command.gte(2000) }, 'createdAt');
    const paid = await readAll<Paid>(cloud.db, COLLECTIONS.carePayments, { state: 'handed' }, 'handedOn');
    expected = recount(visits, problems, paid);
  }, 180_000);
  afterAll(() => cloud.close());

  it('writes one tally per year and branch, each exactly a recount of the visits, problems and payments written', async () => {
    const years = [...new Set([...expected.keys()].map((id) => Number(id.slice(0, 4))))].sort();
    expect(years).toEqual([2024, 2025, 2026]);
    const tallies = (await Promise.all(years.map((year) => readAll<CareTallyDoc>(cloud.db, COLLECTIONS.careTallies, { year }, 'branchId')))).flat();
    for (const t of tallies) expect(t._id).toBe(tallyId(t.year, t.branchId));
    const written = new Map(tallies.map((t) => [t._id, countsOf(t)]));
    expect(written.size).toBe(tallies.length);
    expect(Object.fromEntries(written)).toEqual(Object.fromEntries(expected));
    // The bulk branches are there, not only the demo's.
    expect(tallies.some((t) => t.branchId.startsWith('bulk-b-'))).toBe(true);
  });

  it('care.figures for each year is the recount summed over the county', async () => {
    for (const year of [2024, 2025, 2026]) {
      const sum = (k: (typeof COUNTED)[number]) => [...expected].filter(([id]) => id.startsWith(`${year}_`)).reduce((n, [, c]) => n + c[k], 0);
      const f = dataOf(await cloud.call(STAFF, 'care.figures', { year }));
      expect({ year, ...Object.fromEntries(COUNTED.map((k) => [k, f[k]])) }).toEqual({ year, ...Object.fromEntries(COUNTED.map((k) => [k, sum(k)])) });
      const byOccasion = Object.fromEntries(OCCASIONS.map((o) => [o, visits.filter((v) => v.occasion === o && v.visitedOn?.startsWith(String(year))).length]).filter(([, n]) => n));
      expect(Object.fromEntries(f.byOccasion.map((o) => [o.occasion, o.visits]))).toEqual(byOccasion);
    }
    const thisYear = dataOf(await cloud.call(STAFF, 'care.figures', {}));
    expect(thisYear.visitsDone).toBeGreaterThan(100);
    expect(thisYear.hospitalVisits).toBeGreaterThan(0);
  });

  it('the lists answer for staff: due visits soonest first (overdue ones lead), problems, the register, payments, the ledger file', async () => {
    const due = await readAll<VisitDoc>(cloud.db, COLLECTIONS.careVisits, { status: 'due' }, 'dueBy');
    const listed = [];
    for (let page = 1; ; page += 1) {
      const p = dataOf(await cloud.call(STAFF, 'care.dueVisits', { page, pageSize: 50 }));
      listed.push(...p.items);
      if (!p.hasMore) break;
    }
    expect(listed.map((v) => v.id).sort()).toEqual(due.map((v) => v._id).sort());
    expect(listed.map((v) => v.dueBy)).toEqual([...listed.map((v) => v.dueBy)].sort());
    expect(listed[0].overdue).toBe(true);
    expect(listed.some((v) => v.memberId.startsWith('bulk-m-'))).toBe(true);

    const open = dataOf(await cloud.call(STAFF, 'care.problems', { solved: false }));
    const solved = dataOf(await cloud.call(STAFF, 'care.problems', { solved: true, pageSize: 50 }));
    expect(open.items.every((p) => p.state !== 'solved')).toBe(true);
    expect(solved.items.length).toBeGreaterThan(open.items.length);
    expect(solved.items.every((p) => p.state === 'solved')).toBe(true);
    expect(dataOf(await cloud.call(STAFF, 'care.hardships', {})).items.length).toBeGreaterThan(0);
    expect(dataOf(await cloud.call(STAFF, 'care.payments', { state: 'handed' })).items.length).toBeGreaterThan(0);
    const file = dataOf(await cloud.call(STAFF, 'care.exportLedger', { year: 2026, ledger: 'visits' }));
    expect(file.rows).toBe(visits.filter((v) => v.visitedOn?.startsWith('2026')).length);
  });
});

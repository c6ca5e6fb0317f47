import { startBulkCloud } from '../../support/bulk-cloud';
import type { BulkReport } from '../../../cloudfunctions/local/seed/bulk';
import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import type { CountyFigures } from '../../../cloudfunctions/contract/ideas-model';
import type { IdeaDoc } from '../../../cloudfunctions/features/ideas/idea-doc';
import { settleIdeaTallies } from '../../../cloudfunctions/features/ideas/tallies-settle';
import { dataOf, startTestCloud, type TestCloud } from '../../support/test-cloud';
import { anIdea, MEMBER, OTHER_MEMBER, STAFF } from './helpers';

/**
 * The board's county figures come from running tallies (features/ideas/tallies.ts). Each check here
 * recounts them from the ideas themselves, by the rules the bureau states — written again here, not
 * borrowed from the code under test. Hundreds submitting at once are counted exactly in
 * test/reliability/burst.test.ts.
 */
const recount = async (cloud: TestCloud, year: number): Promise<Omit<CountyFigures, 'adoptionRate' | 'satisfactionRate'> & { rated: number; pleased: number }> => {
  const _ = cloud.db.command;
  const ideas: IdeaDoc[] = [];
  const from = new Date(`${year}-01-01T00:00:00+08:00`);
  const to = new Date(`${year + 1}-01-01T00:00:00+08:00`);
  for (let skip = 0; ; skip += 1000) {
    const { data } = await cloud.db.collection(COLLECTIONS.ideas).where({ createdAt: _.gte(from).and(_.lt(to)) }).orderBy('createdAt', 'asc').skip(skip).limit(1000).get();
    ideas.push(...(data as IdeaDoc[]));
    if (data.length < 1000) break;
  }
  const live = ideas.filter((i) => i.state !== 'withdrawn');
  const resolved = live.filter((i) => i.resolvedAt);
  return {
    year,
    received: live.length,
    accepted: live.filter((i) => i.acceptedAt).length,
    resolved: resolved.length,
    solved: resolved.filter((i) => i.outcome === 'adopted' || i.outcome === 'partly_adopted').length,
    rated: live.filter((i) => i.rating).length,
    pleased: live.filter((i) => i.rating === 'satisfied' || i.rating === 'basically_satisfied').length,
  };
};

const pct = (part: number, whole: number) => (whole ? Math.round((part * 100) / whole) : null);

const expectExact = async (cloud: TestCloud) => {
  const f = dataOf(await cloud.call(OTHER_MEMBER, 'ideas.board', {})).figures;
  const r = await recount(cloud, f.year);
  expect(f).toEqual({
    year: r.year, received: r.received, accepted: r.accepted, resolved: r.resolved, solved: r.solved,
    adoptionRate: pct(r.solved, r.resolved), satisfactionRate: pct(r.pleased, r.rated),
  });
  return f;
};

const tallyDocs = async (cloud: TestCloud) => (await cloud.db.collection(COLLECTIONS.ideaTallies).where({ year: 2026 }).limit(1000).get()).data;

describe('ideas.board: the county figures as running tallies', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  it('are exact on the demo county from the first start', async () => {
    expect((await tallyDocs(cloud)).length).toBeGreaterThan(0);
    const f = await expectExact(cloud);
    expect(f.received).toBeGreaterThan(0);
  });

  it('stay exact through every kind of step: submit, accept, refuse, withdraw, hand on, resolve, rate, reopen', async () => {
    const submit = async (over: Record<string, unknown> = {}) => dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea(over))).id;
    const resolveAs = async (id: string, outcome: string) => {
      dataOf(await cloud.call(STAFF, 'ideas.accept', { ideaId: id }));
      dataOf(await cloud.call(STAFF, 'ideas.assign', { ideaId: id, department: '县住建局', workdays: 5 }));
      dataOf(await cloud.call(STAFF, 'ideas.saveDraft', { ideaId: id, outcome, answer: '已经研究落实，感谢您的建议。' }));
      dataOf(await cloud.call(STAFF, 'ideas.resolve', { ideaId: id }));
    };
    const withdrawn = await submit({ title: '建议在北门增设公交站' });
    dataOf(await cloud.call(MEMBER, 'ideas.withdraw', { ideaId: withdrawn }));
    const refused = await submit({ title: '建议把广场舞时间延长到十点' });
    dataOf(await cloud.call(STAFF, 'ideas.notAccept', { ideaId: refused, reason: '与噪声管理规定不符' }));
    const adopted = await submit({ title: '建议老年大学增开书法班' });
    await resolveAs(adopted, 'adopted');
    dataOf(await cloud.call(MEMBER, 'ideas.rate', { ideaId: adopted, rating: 'satisfied' }));
    const deferred = await submit({ title: '建议在河边修一条步道' });
    await resolveAs(deferred, 'deferred');
    dataOf(await cloud.call(MEMBER, 'ideas.rate', { ideaId: deferred, rating: 'unsatisfied' }));
    const beforeReopen = await expectExact(cloud);
    dataOf(await cloud.call(STAFF, 'ideas.reopen', { ideaId: deferred, department: '县水利局', workdays: 10 }));
    const afterReopen = await expectExact(cloud);
    expect(afterReopen.received).toBe(beforeReopen.received);
  });

  it('move into the tallies on the timer, reading the same before and after', async () => {
    const unsettled = async () => (await cloud.db.collection(COLLECTIONS.ideas).where({ unsettled: true }).limit(1000).get()).data.length;
    expect(await unsettled()).toBeGreaterThan(0);
    const before = await expectExact(cloud);
    const [a, b] = await Promise.all([settleIdeaTallies(cloud.db), settleIdeaTallies(cloud.db)]);
    expect(a.settled + b.settled).toBeGreaterThan(0);
    expect(await unsettled()).toBe(0);
    expect(await expectExact(cloud)).toEqual(before);
  });

  it('count ideas from before the tallies from the ideas themselves, until the first timer run recounts them', async () => {
    const expected = await expectExact(cloud);
    // The state a deploy finds: ideas with no counting marks, no tallies.
    await cloud.db.collection(COLLECTIONS.ideaTallies).where({ year: cloud.db.command.gte(0) }).remove();
    await cloud.db.collection(COLLECTIONS.ideas).where({ unsettled: false }).update({ counted: cloud.db.command.remove(), unsettled: cloud.db.command.remove() });
    expect(await expectExact(cloud)).toEqual(expected);
    // A member submits before the timer has run: still exact.
    dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title: '建议在菜市场门口设休息椅' })));
    const next = await expectExact(cloud);
    expect(next.received).toBe(expected.received + 1);
    const settled = await settleIdeaTallies(cloud.db);
    expect(settled.left).toBe(0);
    expect((await tallyDocs(cloud)).length).toBeGreaterThan(0);
    expect(await expectExact(cloud)).toEqual(next);
    // Later runs do not recount again.
    expect((await settleIdeaTallies(cloud.db)).settled).toBe(0);
    expect(await expectExact(cloud)).toEqual(next);
  });
});

describe('ideas.board: the bench\'s county-sized ideas are counted too', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    let report: BulkReport;
    ({ cloud, report } = await startBulkCloud(0.05));
    expect(report.written[COLLECTIONS.ideas]).toBeGreaterThan(100);
  });
  afterAll(() => cloud.close());

  it('exactly', async () => {
    const f = await expectExact(cloud);
    expect(f.received).toBeGreaterThan(50);
  });
});

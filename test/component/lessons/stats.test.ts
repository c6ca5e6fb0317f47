import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { branchOf } from './helpers';

/** 人次 of study from seeded records: by kind, category, branch and month; who may see which branch. */
describe('lessons.stats: 人次', () => {
  let cloud: TestCloud;
  let education: string;
  let bureau: string;

  const rec = (i: number, over: Record<string, unknown>) => ({
    _id: `stat_${i}`,
    kind: 'online',
    memberId: `m${i % 4}`,
    memberName: '测试',
    branchId: education,
    title: '课',
    category: 'micro',
    month: '2026-10',
    studiedAt: new Date('2026-10-10T02:00:00Z'),
    createdAt: new Date('2026-10-10T02:00:00Z'),
    ...over,
  });

  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    education = await branchOf(cloud, 'demo-secretary-education');
    bureau = await branchOf(cloud, 'demo-secretary-bureau');
    const rows = [
      ...Array.from({ length: 5 }, (_, i) => rec(i, {})), // education, online, micro, Oct: 5 (members m0..m3)
      ...Array.from({ length: 3 }, (_, i) => rec(10 + i, { kind: 'offline', category: 'policy', month: '2026-11' })), // education offline Nov: 3
      rec(20, { kind: 'delivery', category: 'integrity', month: '2026-11', memberId: 'm9' }), // education delivery: 1
      ...Array.from({ length: 4 }, (_, i) => rec(30 + i, { branchId: bureau, memberId: `b${i}`, category: undefined, kind: 'offline' })), // bureau offline Oct, no category: 4
      rec(40, { month: '2026-08' }), // outside the range
    ];
    for (const r of rows) await cloud.db.collection(COLLECTIONS.studyRecords).add(r);
  });
  afterAll(() => cloud.close());

  it('staff see the county: totals by kind, category, branch and month', async () => {
    const s = dataOf(await cloud.call('demo-staff-1', 'lessons.stats', { from: '2026-09', to: '2026-11' }));
    expect(s.total).toBe(13);
    expect(s.people).toBe(9); // m0..m3, m9, b0..b3
    expect(Object.fromEntries(s.byKind.map((k) => [k.key, k.count]))).toEqual({ online: 5, offline: 7, delivery: 1 });
    expect(s.byKind.map((k) => k.label)).toEqual(['线上自学', '院坝小讲堂', '送学上门']);
    const cat = Object.fromEntries(s.byCategory.map((c) => [c.key, c.count]));
    expect(cat).toMatchObject({ micro: 5, policy: 3, integrity: 1, exemplar: 0, none: 4 });
    expect(s.byBranch.map((b) => [b.key, b.count])).toEqual([[education, 9], [bureau, 4]]);
    expect(s.byBranch[0].label).toBe('县教育系统离退休教师党支部');
    expect(s.byMonth.map((m) => [m.label, m.count])).toEqual([['2026年9月', 0], ['2026年10月', 9], ['2026年11月', 4]]);
  });

  it('staff may pick one branch; a secretary always gets their own branch', async () => {
    expect(dataOf(await cloud.call('demo-staff-1', 'lessons.stats', { from: '2026-09', to: '2026-11', branchId: bureau })).total).toBe(4);
    const mine = dataOf(await cloud.call('demo-secretary-education', 'lessons.stats', { from: '2026-01', to: '2026-12' }));
    expect(mine).toMatchObject({ branchId: education, total: 10 });
    expect(mine.byBranch.map((b) => b.key)).toEqual([education]);
    expect(errorOf(await cloud.call('demo-secretary-education', 'lessons.stats', { from: '2026-01', to: '2026-12', branchId: bureau })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call('demo-member-6', 'lessons.stats', { from: '2026-01', to: '2026-12' })).code).toBe('FORBIDDEN');
  });

  it('validation: month format, order, range', async () => {
    expect(errorOf(await cloud.call('demo-staff-1', 'lessons.stats', { from: '2026-13', to: '2026-12' })).code).toBe('VALIDATION_FAILED');
    expect(errorOf(await cloud.call('demo-staff-1', 'lessons.stats', { from: '2026-12', to: '2026-01' })).fields).toHaveProperty('to');
    expect(errorOf(await cloud.call('demo-staff-1', 'lessons.stats', { from: '2020-01', to: '2026-01' })).fields).toHaveProperty('to');
  });
});

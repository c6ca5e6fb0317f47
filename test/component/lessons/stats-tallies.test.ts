import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import type { TallyDoc } from '../../../cloudfunctions/features/lessons/tallies';
import { rebuildStudyTallies } from '../../../cloudfunctions/features/lessons/tallies-rebuild';
import { startTestCloud, dataOf, type TestCloud } from '../../support/test-cloud';
import { idOf, publishLesson } from './helpers';
import { scheduled } from './sessions-helpers';

/**
 * lessons.stats answers from the 人次 rollups; after a burst of concurrent 学完了 (with repeats of the same
 * lesson, which must count once) the tallies and the answer equal a recount of the raw study records.
 */
/** Shards of one month × branch summed, as lessons.stats reads them. */
const cells = (shards: TallyDoc[]): TallyDoc[] => {
  const out = new Map<string, TallyDoc>();
  for (const t of shards) {
    const key = `${t.month}_${t.branchId}`;
    const c = out.get(key) ?? { ...t, _id: key, total: 0, byKind: {}, byCategory: {} };
    c.total += t.total;
    for (const [k, n] of Object.entries(t.byKind)) c.byKind[k] = (c.byKind[k] ?? 0) + n;
    for (const [k, n] of Object.entries(t.byCategory)) c.byCategory[k] = (c.byCategory[k] ?? 0) + n;
    out.set(key, c);
  }
  return [...out.values()];
};

describe('lessons.stats: tallies kept with every study record', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  const allOf = async <T>(collection: string): Promise<T[]> => ((await cloud.snapshot())[collection] ?? []) as T[];

  it('a burst of concurrent 学完了 is tallied exactly once each, and stats equal a recount', async () => {
    const categories = ['policy', 'micro', 'integrity'] as const;
    const lessons: string[] = [];
    for (const category of categories) lessons.push(await publishLesson(cloud, 'demo-staff-1', { audience: 'county', category }));
    const people = Array.from({ length: 12 }, (_, i) => `demo-member-${i + 1}`);
    for (const p of people) for (const l of lessons) dataOf(await cloud.call(p, 'lessons.open', { lessonId: l }));
    cloud.clock.advance(20 * 60_000);
    // Every member finishes every lesson, twice over (two devices), all at once.
    const calls = people.flatMap((p) => lessons.flatMap((l) => [0, 1].map(() => cloud.call(p, 'lessons.finish', { lessonId: l, readSeconds: 600 }))));
    const answers = await Promise.all(calls);
    for (const a of answers) expect(dataOf(a).studied).toBe(true);

    const records = await allOf<{ kind: string; category?: string; branchId: string; month: string; memberId: string }>(COLLECTIONS.studyRecords);
    expect(records.length).toBe(people.length * lessons.length);
    const shards = await allOf<TallyDoc>(COLLECTIONS.studyTallies);
    expect(shards.reduce((n, t) => n + t.total, 0)).toBe(records.length);
    // The burst spread over several shards of the one month × branch cell, instead of queueing on one document.
    expect(new Set(shards.map((t) => t._id)).size).toBeGreaterThan(1);
    const tallies = cells(shards);
    for (const t of tallies) {
      const mine = records.filter((r) => r.month === t.month && r.branchId === t.branchId);
      expect(t.total).toBe(mine.length);
      expect(t.byKind.online ?? 0).toBe(mine.filter((r) => r.kind === 'online').length);
      for (const c of categories) expect(t.byCategory[c] ?? 0).toBe(mine.filter((r) => r.category === c).length);
    }

    const month = records[0].month;
    const s = dataOf(await cloud.call('demo-staff-1', 'lessons.stats', { from: month, to: month }));
    expect(s.total).toBe(records.length);
    expect(s.people).toBe(new Set(records.map((r) => r.memberId)).size);
    expect(Object.fromEntries(s.byKind.map((k) => [k.key, k.count]))).toEqual({ online: records.length, offline: 0, delivery: 0 });
    for (const c of categories) expect(s.byCategory.find((x) => x.key === c)?.count).toBe(people.length);
    const perBranch = new Map<string, number>();
    for (const r of records) perBranch.set(r.branchId, (perBranch.get(r.branchId) ?? 0) + 1);
    expect(Object.fromEntries(s.byBranch.map((b) => [b.key, b.count]))).toEqual(Object.fromEntries(perBranch));
    // A branch alone: its own people and 人次.
    const [branchId, count] = [...perBranch][0];
    const one = dataOf(await cloud.call('demo-staff-1', 'lessons.stats', { from: month, to: month, branchId }));
    expect(one.total).toBe(count);
    expect(one.people).toBe(new Set(records.filter((r) => r.branchId === branchId).map((r) => r.memberId)).size);
  });

  it('院坝小讲堂 (sessions.close) and 送学上门 (recordVisit) are tallied too, alongside concurrent 学完了', async () => {
    const SEC = 'demo-secretary-education'; // demo-member-5..8 are in its branch
    const lesson = await publishLesson(cloud, SEC, { title: '榜样的力量', category: 'exemplar' });
    const other = await publishLesson(cloud, SEC, { title: '政策解读', category: 'policy' });
    const s = await scheduled(cloud, SEC, { lessonIds: [lesson], capacity: 5 });
    const people = ['demo-member-5', 'demo-member-6', 'demo-member-7', 'demo-member-8'];
    for (const m of people) dataOf(await cloud.call(m, 'sessions.signUp', { sessionId: s.id }));
    dataOf(await cloud.call(SEC, 'sessions.openAttendance', { sessionId: s.id }));
    for (const m of people) dataOf(await cloud.call(SEC, 'sessions.mark', { sessionId: s.id, memberId: await idOf(cloud, m), attendance: 'present' }));
    const task = dataOf(await cloud.call(SEC, 'lessons.assignDelivery', {
      memberId: await idOf(cloud, 'demo-member-6'), lessonIds: [other], visitorName: '陈淑芬', dueDate: '2026-12-05',
    }));
    for (const m of ['demo-member-5', 'demo-member-7']) dataOf(await cloud.call(m, 'lessons.open', { lessonId: other }));
    cloud.clock.advance(20 * 60_000);
    const answers = await Promise.all([
      cloud.call(SEC, 'sessions.close', { sessionId: s.id, minutes: '大家谈了体会' }),
      cloud.call(SEC, 'lessons.recordVisit', { taskId: task.id, visitedOn: cloud.clock.now().toISOString().slice(0, 10), lessonIds: [other] }),
      cloud.call('demo-member-5', 'lessons.finish', { lessonId: other, readSeconds: 600 }),
      cloud.call('demo-member-7', 'lessons.finish', { lessonId: other, readSeconds: 600 }),
    ]);
    for (const a of answers) expect(a.ok).toBe(true);

    const records = await allOf<{ kind: string; category?: string; branchId: string; month: string; memberId: string }>(COLLECTIONS.studyRecords);
    expect(records.filter((r) => r.kind === 'offline')).toHaveLength(4);
    expect(records.filter((r) => r.kind === 'delivery')).toHaveLength(1);
    const tallies = cells(await allOf<TallyDoc>(COLLECTIONS.studyTallies));
    for (const t of tallies) {
      const mine = records.filter((r) => r.month === t.month && r.branchId === t.branchId);
      expect(t.total).toBe(mine.length);
      for (const k of ['online', 'offline', 'delivery']) expect(t.byKind[k] ?? 0).toBe(mine.filter((r) => r.kind === k).length);
      for (const c of ['exemplar', 'policy', 'micro', 'integrity']) expect(t.byCategory[c] ?? 0).toBe(mine.filter((r) => r.category === c).length);
    }
    const months = [...new Set(records.map((r) => r.month))].sort();
    const all = dataOf(await cloud.call('demo-staff-1', 'lessons.stats', { from: months[0], to: months[months.length - 1] }));
    expect(all.total).toBe(records.length);
    expect(all.people).toBe(new Set(records.map((r) => r.memberId)).size);
    expect(Object.fromEntries(all.byKind.map((k) => [k.key, k.count]))).toEqual({
      online: records.filter((r) => r.kind === 'online').length, offline: 4, delivery: 1,
    });
  });

  it('a range with records but no tallies (older data, an import) is answered from the records', async () => {
    const before = dataOf(await cloud.call('demo-staff-1', 'lessons.stats', { from: '2025-01', to: '2025-01' }));
    expect(before.total).toBe(0);
    await cloud.db.collection(COLLECTIONS.studyRecords).add({
      _id: 'imported_1', kind: 'offline', memberId: 'x1', memberName: '导入', branchId: 'b-x', title: '导入的记录',
      month: '2025-01', studiedAt: new Date('2025-01-05T02:00:00Z'), createdAt: new Date('2025-01-05T02:00:00Z'),
    });
    const after = dataOf(await cloud.call('demo-staff-1', 'lessons.stats', { from: '2025-01', to: '2025-01' }));
    expect(after).toMatchObject({ total: 1, people: 1 });
  });

  it('a rebuild recounts the tallies from the records, imported ones included, and stats agree', async () => {
    // Imported into a range that has tallies: not seen until the rebuild.
    const before = dataOf(await cloud.call('demo-staff-1', 'lessons.stats', { from: '2025-01', to: '2026-12' }));
    const records = await allOf<{ month: string; branchId: string; memberId: string }>(COLLECTIONS.studyRecords);
    expect(before.total).toBe(records.length - 1);
    const done = await rebuildStudyTallies(cloud.db);
    expect(done.records).toBe(records.length);
    const shards = await allOf<TallyDoc>(COLLECTIONS.studyTallies);
    expect(shards.reduce((n, t) => n + t.total, 0)).toBe(records.length);
    // The burst spread over several shards of the one month × branch cell, instead of queueing on one document.
    expect(new Set(shards.map((t) => t._id)).size).toBeGreaterThan(1);
    const tallies = cells(shards);
    expect(tallies.find((t) => t._id === '2025-01_b-x')).toMatchObject({ total: 1, byKind: { offline: 1 }, byCategory: { none: 1 } });
    const after = dataOf(await cloud.call('demo-staff-1', 'lessons.stats', { from: '2025-01', to: '2026-12' }));
    expect(after.total).toBe(records.length);
    expect(after.people).toBe(new Set(records.map((r) => r.memberId)).size);
    expect(after.byMonth.find((m) => m.key === '2025-01')?.count).toBe(1);
  });
});

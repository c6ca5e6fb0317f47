import { unzipSync, strFromU8 } from 'fflate';
import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { MEMBER, OTHER_MEMBER, STAFF, anIdea, auditsFor, handlingChecks, ideaDoc, outboxFor } from './helpers';

describe('ideas: the lists, the 督办 job, the board and the ledger', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  const { step } = handlingChecks(() => cloud);

  it('my ideas: newest first, a page at a time, each with its timeline', async () => {
    // The seed gives this member one idea; two more make the list span pages.
    for (const title of ['建议老年食堂增加低盐菜', '建议活动中心加装扶手']) {
      cloud.clock.advance(60_000);
      dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title })));
    }
    const page1 = dataOf(await cloud.call(MEMBER, 'ideas.mine', { pageSize: 2 }));
    expect(page1.items).toHaveLength(2);
    expect(page1.hasMore).toBe(true);
    expect(page1.items[0].createdAt >= page1.items[1].createdAt).toBe(true);
    const page2 = dataOf(await cloud.call(MEMBER, 'ideas.mine', { page: 2, pageSize: 2 }));
    expect(page2.items.map((i) => i.id)).not.toContain(page1.items[0].id);
    for (const i of page1.items) expect(i.timeline.length).toBeGreaterThan(0);
  });

  it('the staff queue filters by state, category, department, overdue; oldest first; paginated', async () => {
    const open = dataOf(await cloud.call(STAFF, 'ideas.queue', { pageSize: 50 }));
    expect(open.items.length).toBeGreaterThan(0);
    expect(open.items.every((r) => ['submitted', 'accepted', 'assigned', 'in_progress'].includes(r.state))).toBe(true);
    const times = open.items.map((r) => r.createdAt);
    expect([...times].sort()).toEqual(times);

    const submitted = dataOf(await cloud.call(STAFF, 'ideas.queue', { state: 'submitted', pageSize: 50 }));
    expect(submitted.items.every((r) => r.state === 'submitted')).toBe(true);
    const livelihood = dataOf(await cloud.call(STAFF, 'ideas.queue', { state: 'all', category: 'livelihood', pageSize: 50 }));
    expect(livelihood.items.length).toBeGreaterThan(0);
    expect(livelihood.items.every((r) => r.category === 'livelihood')).toBe(true);
    const dept = dataOf(await cloud.call(STAFF, 'ideas.queue', { state: 'all', department: '县城市管理局', pageSize: 50 }));
    expect(dept.items.length).toBeGreaterThan(0);
    expect(dept.items.every((r) => r.department === '县城市管理局')).toBe(true);

    const p1 = dataOf(await cloud.call(STAFF, 'ideas.queue', { state: 'all', pageSize: 3 }));
    const p2 = dataOf(await cloud.call(STAFF, 'ideas.queue', { state: 'all', page: 2, pageSize: 3 }));
    expect(p1.hasMore).toBe(true);
    expect(new Set([...p1.items, ...p2.items].map((r) => r.id)).size).toBe(p1.items.length + p2.items.length);
  });

  it('overdue detection with a fixed clock: the jobs flag each overdue idea once (督办) and remind staff', async () => {
    const { id } = dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title: '建议在公园增加健身器材', category: 'public_service' })));
    // Due 2026-12-04 (end of day, Beijing). The last moment of that day is not overdue yet.
    cloud.clock.set('2026-12-04T15:59:59.000Z');
    expect(dataOf(await cloud.call(STAFF, 'ideas.queue', { overdue: true, pageSize: 50 })).items.map((r) => r.id)).not.toContain(id);
    cloud.clock.set('2026-12-05T01:00:00.000Z');
    const listed = dataOf(await cloud.call(STAFF, 'ideas.queue', { overdue: true, pageSize: 50 }));
    expect(listed.items.find((r) => r.id === id)).toMatchObject({ overdue: true, state: 'submitted' });
    expect(listed.items.every((r) => r.overdue)).toBe(true);

    const staffBefore = (await outboxFor(cloud, 'demo-staff-2')).length;
    const run = dataOf(await cloud.call(STAFF, 'jobs.runNow', {}));
    expect(run.flagged).toBeGreaterThanOrEqual(1);
    expect(run.reminded).toBe(2); // both demo staff members
    expect(await ideaDoc(cloud, id)).toMatchObject({ overdue: true });
    const flagAudit = (await auditsFor(cloud, id)).find((a) => a.action === 'jobs.overdue');
    expect(flagAudit).toMatchObject({ actorName: '李晓梅', after: { overdue: true } });
    const [reminder] = await outboxFor(cloud, 'demo-staff-2');
    expect(await outboxFor(cloud, 'demo-staff-2')).toHaveLength(staffBefore + 1);
    expect(reminder).toMatchObject({ templateId: 'overdueReminder', data: { number1: { value: String(run.flagged) } } });

    // A second run finds nothing new and reminds nobody.
    expect(dataOf(await cloud.call(STAFF, 'jobs.runNow', {}))).toEqual({ checked: 0, flagged: 0, reminded: 0, deliveryTasks: 0, deliveryMore: false, signupReminders: 0 });
    const detail = dataOf(await cloud.call(STAFF, 'ideas.detail', { ideaId: id }));
    expect(detail.overdue).toBe(true);
    // Accepting moves it to a fresh deadline and clears the flag.
    const accepted = dataOf(await cloud.call(STAFF, 'ideas.accept', { ideaId: id }));
    expect(accepted).toMatchObject({ overdue: false, dueDate: '2026-12-11' });
    cloud.clock.set('2026-11-28T02:00:00.000Z');
  });

  it('publishing to the board, and the county figures', async () => {
    const { id } = dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title: '建议老年食堂增加低盐菜品', category: 'livelihood' })));
    dataOf(await cloud.call(STAFF, 'ideas.accept', { ideaId: id }));
    dataOf(await cloud.call(STAFF, 'ideas.assign', { ideaId: id, department: '县民政局', workdays: 5 }));
    dataOf(await cloud.call(STAFF, 'ideas.saveDraft', { ideaId: id, outcome: 'partly_adopted', answer: '城关老年食堂已每天增加两道低盐菜，乡镇食堂明年推开。' }));
    dataOf(await cloud.call(STAFF, 'ideas.resolve', { ideaId: id }));
    dataOf(await cloud.call(MEMBER, 'ideas.rate', { ideaId: id, rating: 'basically_satisfied' }));
    const before = dataOf(await cloud.call(OTHER_MEMBER, 'ideas.board', {}));
    expect(before.items.map((i) => i.id)).not.toContain(id);

    await step(STAFF, 'ideas.publish', { ideaId: id, suggestion: '老年食堂增加低盐菜品', done: '城关老年食堂每天增加两道低盐菜' }, id);
    const board = dataOf(await cloud.call(OTHER_MEMBER, 'ideas.board', {}));
    expect(board.items[0]).toMatchObject({ id, suggestion: '老年食堂增加低盐菜品', done: '城关老年食堂每天增加两道低盐菜', outcome: 'partly_adopted', department: '县民政局' });
    expect(JSON.stringify(board)).not.toContain('张桂兰');
    const f = board.figures;
    expect(f.year).toBe(2026);
    expect(f.received).toBeGreaterThanOrEqual(f.accepted);
    expect(f.accepted).toBeGreaterThanOrEqual(f.resolved);
    expect(f.resolved).toBeGreaterThanOrEqual(f.solved);
    expect(f).toEqual(before.figures); // publishing changes no figure
    expect(f.adoptionRate).toBe(Math.round((f.solved * 100) / f.resolved));
    expect(f.satisfactionRate).not.toBeNull();
  });

  it('the ledger (台账) for a date range: an Excel file with every field, stored for download', async () => {
    const res = dataOf(await cloud.call(STAFF, 'ideas.exportLedger', { from: '2026-11-01', to: '2026-11-30' }));
    const { total } = await cloud.db.collection(COLLECTIONS.ideas).where({ createdAt: cloud.db.command.gte(new Date('2026-10-31T16:00:00Z')).and(cloud.db.command.lte(new Date('2026-11-30T15:59:59.999Z'))) }).count();
    expect(res.rows).toBe(total);
    expect(res.fileName).toBe('金点子台账_2026-11-01至2026-11-30.xlsx');
    const bytes = Buffer.from(await (await fetch(encodeURI(res.url))).arrayBuffer());
    const files = unzipSync(new Uint8Array(bytes));
    const shared = strFromU8(files['xl/sharedStrings.xml'] ?? files['xl/worksheets/sheet1.xml']);
    for (const header of ['受理编号', '提出人', '承办部门', '办理结果', '答复内容', '评价', '不予受理原因']) expect(shared).toContain(header);
    expect(shared).toContain('建议老年食堂增加低盐菜品');
    expect(errorOf(await cloud.call(STAFF, 'ideas.exportLedger', { from: '2026-12-01', to: '2026-11-01' })).fields).toHaveProperty('to');
    const empty = dataOf(await cloud.call(STAFF, 'ideas.exportLedger', { from: '2020-01-01', to: '2020-01-31' }));
    expect(empty.rows).toBe(0);
  });
});

import { unzipSync, strFromU8 } from 'fflate';
import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { ACTIONS, type ActionName } from '../../../cloudfunctions/contract/registry';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { ADMIN, MEMBER, OTHER_MEMBER, SECRETARY, STAFF, anIdea, auditsFor, ideaDoc, outboxFor } from './helpers';

describe('ideas: staff handling, the author’s timeline and rating', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  /** Runs a step and checks it wrote exactly one audit entry and sent the author exactly one message. */
  const step = async <A extends ActionName>(openid: string, action: A, input: Record<string, unknown>, ideaId: string, author = MEMBER) => {
    cloud.clock.advance(60_000); // audit entries are ordered by time
    const audits = (await auditsFor(cloud, ideaId)).length;
    const messages = (await outboxFor(cloud, author)).length;
    const res = dataOf(await cloud.call(openid, action, input));
    const after = await auditsFor(cloud, ideaId);
    expect(after).toHaveLength(audits + 1);
    expect(after[0].action).toBe(action);
    expect(await outboxFor(cloud, author)).toHaveLength(messages + 1);
    return res;
  };

  /** A refused step leaves the idea, the audit log and the outbox as they were. */
  const refused = async (openid: string, action: ActionName, input: Record<string, unknown>, code: string) => {
    const before = await cloud.snapshot();
    expect(errorOf(await cloud.call(openid, action, input)).code).toBe(code);
    const after = await cloud.snapshot();
    for (const c of [COLLECTIONS.ideas, COLLECTIONS.auditLog, COLLECTIONS.outbox, COLLECTIONS.counters]) expect(after[c]).toEqual(before[c]);
  };

  it('the whole journey: accept → assign → progress → draft → resolve → rate, with plain words at each step', async () => {
    const { id } = dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea()));

    const accepted = await step(STAFF, 'ideas.accept', { ideaId: id }, id);
    expect(accepted).toMatchObject({ state: 'accepted', statusText: '已受理，预计5个工作日内答复', dueDate: '2026-12-04' });
    const [msg] = await outboxFor(cloud, MEMBER);
    expect(msg.data.thing4.value).toBe('您的金点子已受理，预计5个工作日内答复');
    expect(msg.data.phrase3.value).toBe('已受理');

    const assigned = await step(STAFF, 'ideas.assign', { ideaId: id, department: '县住房和城乡建设局', workdays: 10 }, id);
    expect(assigned).toMatchObject({ state: 'assigned', department: '县住房和城乡建设局', dueDate: '2026-12-11' });

    const progressed = await step(STAFF, 'ideas.progress', { ideaId: id, note: '住建局已到现场查看，拟安装8盏太阳能路灯' }, id);
    expect(progressed.state).toBe('in_progress');

    // A draft is staff-only: no audit, no message, the author sees nothing yet.
    const audits = (await auditsFor(cloud, id)).length;
    const drafted = dataOf(await cloud.call(STAFF, 'ideas.saveDraft', { ideaId: id, outcome: 'adopted', answer: '您的建议已采纳，滨河路县医院段已安装8盏太阳能路灯，12月10日起亮灯。' }));
    expect(drafted.draft).toMatchObject({ outcome: 'adopted', byName: '李晓梅' });
    expect(await auditsFor(cloud, id)).toHaveLength(audits);
    const mid = dataOf(await cloud.call(MEMBER, 'ideas.get', { ideaId: id }));
    expect(mid.answer).toBeUndefined();
    expect(JSON.stringify(mid)).not.toContain('8盏太阳能路灯，12月10日');

    const resolved = await step(STAFF, 'ideas.resolve', { ideaId: id }, id);
    expect(resolved).toMatchObject({ state: 'resolved', outcome: 'adopted', canRate: true });
    expect(resolved.draft).toBeUndefined();

    const mine = dataOf(await cloud.call(MEMBER, 'ideas.get', { ideaId: id }));
    expect(mine.answer).toContain('8盏太阳能路灯');
    expect(mine.timeline.map((s) => s.state)).toEqual(['submitted', 'accepted', 'assigned', 'in_progress', 'resolved']);
    expect(mine.timeline[2].text).toBe('已交县住房和城乡建设局办理，12月11日前答复');
    expect(mine.timeline[3].text).toContain('拟安装8盏太阳能路灯');

    const rated = await step(MEMBER, 'ideas.rate', { ideaId: id, rating: 'satisfied' }, id);
    expect(rated).toMatchObject({ state: 'rated', rating: 'satisfied', canRate: false, statusText: '已办结，您的评价：满意' });
    // A satisfied rating cannot be reopened.
    await refused(STAFF, 'ideas.reopen', { ideaId: id, department: '县住房和城乡建设局', workdays: 5 }, 'INVALID_STATE');
  });

  it('不满意 opens another round; staff hand it out again with a new deadline', async () => {
    const { id } = dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title: '建议菜市场门口设置无障碍坡道', category: 'livelihood' })));
    dataOf(await cloud.call(STAFF, 'ideas.accept', { ideaId: id }));
    dataOf(await cloud.call(STAFF, 'ideas.assign', { ideaId: id, department: '县城市管理局', workdays: 5 }));
    dataOf(await cloud.call(STAFF, 'ideas.saveDraft', { ideaId: id, outcome: 'deferred', answer: '该坡道需要与市场改造一并实施，已列入明年计划。' }));
    dataOf(await cloud.call(STAFF, 'ideas.resolve', { ideaId: id }));
    await step(MEMBER, 'ideas.rate', { ideaId: id, rating: 'unsatisfied', comment: '坡道很急需，希望尽快' }, id);
    const reopened = await step(STAFF, 'ideas.reopen', { ideaId: id, department: '县城市管理局', workdays: 3 }, id);
    expect(reopened).toMatchObject({ state: 'assigned', round: 2, dueDate: '2026-12-02' }); // Sat + 3 working days
    expect(reopened.rating).toBeUndefined();
    const [last] = (await cloud.call(MEMBER, 'ideas.get', { ideaId: id })).ok ? dataOf(await cloud.call(MEMBER, 'ideas.get', { ideaId: id })).timeline.slice(-1) : [];
    expect(last.text).toContain('重新交办');
  });

  it('不予受理 needs a reason, which the author reads', async () => {
    const { id } = dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title: '建议把县城搬到河对岸去', category: 'other' })));
    expect(errorOf(await cloud.call(STAFF, 'ideas.notAccept', { ideaId: id })).fields).toHaveProperty('reason');
    await step(STAFF, 'ideas.notAccept', { ideaId: id, reason: '涉及重大规划调整，不属于本县职权范围' }, id);
    const mine = dataOf(await cloud.call(MEMBER, 'ideas.get', { ideaId: id }));
    expect(mine).toMatchObject({ state: 'not_accepted', notAcceptReason: '涉及重大规划调整，不属于本县职权范围' });
    expect(mine.dueDate).toBeUndefined();
  });

  it('every move the state machine forbids is INVALID_STATE and leaves no trace', async () => {
    const { id } = dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title: '建议增设老年人专用挂号窗口', category: 'public_service' })));
    await refused(STAFF, 'ideas.assign', { ideaId: id, department: '县卫生健康局', workdays: 5 }, 'INVALID_STATE');
    await refused(STAFF, 'ideas.progress', { ideaId: id, note: '在办' }, 'INVALID_STATE');
    await refused(STAFF, 'ideas.resolve', { ideaId: id }, 'INVALID_STATE');
    await refused(MEMBER, 'ideas.rate', { ideaId: id, rating: 'satisfied' }, 'INVALID_STATE');
    await refused(STAFF, 'ideas.saveDraft', { ideaId: id, outcome: 'adopted', answer: '这是一个提前写的答复内容。' }, 'INVALID_STATE');
    await refused(STAFF, 'ideas.publish', { ideaId: id, suggestion: '摘要', done: '落实' }, 'INVALID_STATE');
    dataOf(await cloud.call(STAFF, 'ideas.accept', { ideaId: id }));
    await refused(STAFF, 'ideas.accept', { ideaId: id }, 'INVALID_STATE');
    await refused(STAFF, 'ideas.notAccept', { ideaId: id, reason: '重复提交的建议' }, 'INVALID_STATE');
    dataOf(await cloud.call(STAFF, 'ideas.assign', { ideaId: id, department: '县卫生健康局', workdays: 5 }));
    // Resolving without a drafted answer publishes nothing.
    await refused(STAFF, 'ideas.resolve', { ideaId: id }, 'VALIDATION_FAILED');
    await refused(STAFF, 'ideas.accept', { ideaId: 'no-such-idea' }, 'NOT_FOUND');
  });

  it('roles: members, secretaries and admins cannot handle; staff cannot rate or withdraw for the author', async () => {
    const { id } = dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title: '建议组织老同志参观新农村', category: 'rural' })));
    const staffActions: Array<[ActionName, Record<string, unknown>]> = [
      ['ideas.queue', {}],
      ['ideas.detail', { ideaId: id }],
      ['ideas.accept', { ideaId: id }],
      ['ideas.notAccept', { ideaId: id, reason: '不在职责范围内' }],
      ['ideas.assign', { ideaId: id, department: '县农业农村局', workdays: 5 }],
      ['ideas.progress', { ideaId: id, note: '在办' }],
      ['ideas.saveDraft', { ideaId: id, outcome: 'adopted', answer: '采纳并落实了这个建议。' }],
      ['ideas.resolve', { ideaId: id }],
      ['ideas.reopen', { ideaId: id, department: '县农业农村局', workdays: 5 }],
      ['ideas.addNote', { ideaId: id, text: '备注' }],
      ['ideas.publish', { ideaId: id, suggestion: '摘要', done: '落实' }],
      ['ideas.exportLedger', { from: '2026-01-01', to: '2026-12-31' }],
      ['jobs.runNow', {}],
    ];
    const before = await cloud.snapshot();
    for (const who of [MEMBER, OTHER_MEMBER, SECRETARY, ADMIN]) {
      for (const [action, input] of staffActions) {
        expect(ACTIONS[action].access).toEqual(['staff']);
        expect(errorOf(await cloud.call(who, action, input)).code).toBe('FORBIDDEN');
      }
    }
    const after = await cloud.snapshot();
    expect(after[COLLECTIONS.ideas]).toEqual(before[COLLECTIONS.ideas]);
    expect(after[COLLECTIONS.auditLog]).toEqual(before[COLLECTIONS.auditLog]);
    // Staff are members too, but an idea is only ever the author's to withdraw or rate.
    await refused(STAFF, 'ideas.withdraw', { ideaId: id }, 'NOT_FOUND');
    for (const who of [null, 'not-registered']) {
      expect(errorOf(await cloud.call(who, 'ideas.mine', {})).code).toBe(who ? 'NOT_REGISTERED' : 'UNAUTHENTICATED');
    }
  });

  it('privacy: an idea is the author’s and staff’s only; staff notes never reach the author', async () => {
    const { id } = dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title: '建议老干部活动室安装空调', category: 'livelihood' })));
    expect(errorOf(await cloud.call(OTHER_MEMBER, 'ideas.get', { ideaId: id })).code).toBe('NOT_FOUND');
    expect(dataOf(await cloud.call(OTHER_MEMBER, 'ideas.mine', { pageSize: 20 })).items.map((i) => i.id)).not.toContain(id);
    const noted = dataOf(await cloud.call(STAFF, 'ideas.addNote', { ideaId: id, text: '与去年第7号建议类似，可并案' }));
    expect(noted.staffNotes).toEqual([{ at: expect.any(String), byName: '李晓梅', text: '与去年第7号建议类似，可并案' }]);
    const mine = dataOf(await cloud.call(MEMBER, 'ideas.get', { ideaId: id }));
    expect(JSON.stringify(mine)).not.toContain('并案');
    expect(mine).not.toHaveProperty('staffNotes');
    expect(mine).not.toHaveProperty('safety');
  });

  it('my ideas: newest first, a page at a time, each with its timeline', async () => {
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
    expect(reminder).toMatchObject({ templateId: 'ideaOverdueTmpl01', data: { number1: { value: String(run.flagged) } } });

    // A second run finds nothing new and reminds nobody.
    expect(dataOf(await cloud.call(STAFF, 'jobs.runNow', {}))).toEqual({ checked: 0, flagged: 0, reminded: 0 });
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

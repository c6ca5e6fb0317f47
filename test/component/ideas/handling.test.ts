import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { ACTIONS, type ActionName } from '../../../cloudfunctions/contract/registry';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { ADMIN, MEMBER, OTHER_MEMBER, SECRETARY, STAFF, anIdea, auditsFor, handlingChecks, outboxFor } from './helpers';

describe('ideas: staff handling, the author’s timeline and rating', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  const { step, refused } = handlingChecks(() => cloud);

  it('the whole journey: accept → assign → progress → draft → resolve → rate, with plain words at each step', async () => {
    const { id } = dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea()));

    const accepted = await step(STAFF, 'ideas.accept', { ideaId: id }, id);
    expect(accepted).toMatchObject({ state: 'accepted', statusText: '已受理，12月4日前交承办部门办理', dueDate: '2026-12-04' });
    const [msg] = await outboxFor(cloud, MEMBER);
    expect(msg.data.thing4.value).toBe('已受理，12月4日前交承办部门办理');
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
});

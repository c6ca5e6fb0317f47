import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { MARKERS } from '../../../cloudfunctions/local/emulator/openapi/content-rules';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { ADMIN, MEMBER, OTHER_MEMBER, SECRETARY, STAFF, anIdea, auditsFor, ideaDoc, memberIdOf, outboxFor } from './helpers';

describe('ideas: submitting', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud({ openApiHangMs: 1500 });
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  it('a member sends an idea: receipt number, deadline in working days, timeline, one audit entry, no message (the receipt is on screen)', async () => {
    const before = (await outboxFor(cloud, MEMBER)).length;
    const idea = dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea()));
    expect(idea.receiptNo).toMatch(/^JDZ-2026-\d{4}$/);
    expect(idea).toMatchObject({ state: 'submitted', stateLabel: '已提交', canWithdraw: true, canRate: false, byProxy: false });
    // TEST_NOW is Saturday 2026-11-28: five working days later is Friday 12-04.
    expect(idea.dueDate).toBe('2026-12-04');
    expect(idea.statusText).toBe('已提交，12月4日前受理');
    expect(idea.timeline).toHaveLength(1);
    expect(idea.timeline[0].text).toContain(idea.receiptNo);

    const audits = await auditsFor(cloud, idea.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: 'ideas.submit', actorName: '张桂兰', after: { state: 'submitted', receiptNo: idea.receiptNo, held: false } });

    // A subscribe acceptance buys one message: it is kept for news the author has not seen yet.
    expect(await outboxFor(cloud, MEMBER)).toHaveLength(before);

    // The stored doc keeps the author's openid for messages; views never carry it.
    expect(await ideaDoc(cloud, idea.id)).toMatchObject({ authorOpenid: MEMBER, held: false, safety: 'pass' });
    expect(JSON.stringify(idea)).not.toContain(MEMBER);
  });

  it('receipt numbers run on without gaps', async () => {
    const a = dataOf(await cloud.call(OTHER_MEMBER, 'ideas.submit', anIdea({ title: '老年大学开设智能手机班' })));
    const b = dataOf(await cloud.call(OTHER_MEMBER, 'ideas.submit', anIdea({ title: '菜市场门口增设休息座椅' })));
    const n = (r: string) => Number(r.split('-')[2]);
    expect(n(b.receiptNo)).toBe(n(a.receiptNo) + 1);
  });

  it('concurrent retries of one intent make one idea, one receipt number, one audit entry', async () => {
    const counterBefore = (await cloud.db.collection(COLLECTIONS.counters).doc('ideas-2026').get()).data[0].value as number;
    const input = anIdea({ title: '建议公交车增加老年人爱心座位' });
    const results = await Promise.all(Array.from({ length: 8 }, () => cloud.call('demo-member-3', 'ideas.submit', input, 'req-idea-retry-0001')));
    const ok = results.filter((r) => r.ok);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const r of results) if (!r.ok) expect(r.error.code).toBe('BUSY');
    const member3 = await memberIdOf(cloud, 'demo-member-3');
    const { data } = await cloud.db.collection(COLLECTIONS.ideas).where({ authorId: member3._id }).limit(20).get();
    expect(data.filter((d) => d.title === input.title)).toHaveLength(1);
    const counterAfter = (await cloud.db.collection(COLLECTIONS.counters).doc('ideas-2026').get()).data[0].value as number;
    expect(counterAfter).toBe(counterBefore + 1);
    expect(await auditsFor(cloud, data.find((d) => d.title === input.title)._id)).toHaveLength(1);
    // Once settled, every resend answers with the same idea.
    const later = await cloud.call('demo-member-3', 'ideas.submit', input, 'req-idea-retry-0001');
    expect(dataOf(later).id).toBe(dataOf(ok[0]).id);
  });

  it.each([
    ['review', `路边有个牌子写着${MARKERS.review}`],
    ['risky', '有人在活动室组织赌博，建议管管'],
    ['review', `信号不好${MARKERS.timeout}，建议装基站`],
  ])('text content safety cannot clear (%s) is held for staff and never offered as similar', async (verdict, content) => {
    const idea = dataOf(await cloud.call('demo-member-4', 'ideas.submit', anIdea({ title: '建议整治活动室风气', content, category: 'governance' })));
    expect(idea.statusText).toBe('已提交，等待工作人员审核');
    expect(await ideaDoc(cloud, idea.id)).toMatchObject({ held: true, safety: verdict });
    const similar = dataOf(await cloud.call(MEMBER, 'ideas.similar', { category: 'governance', title: '建议整治活动室风气' }));
    expect(similar.items.map((s) => s.id)).not.toContain(idea.id);
    const held = dataOf(await cloud.call(STAFF, 'ideas.queue', { held: true, pageSize: 50 }));
    expect(held.items.map((r) => r.id)).toContain(idea.id);
  });

  it('similar open ideas are offered by title only (no author, no content)', async () => {
    const res = dataOf(await cloud.call('demo-member-5', 'ideas.similar', { category: 'infrastructure', title: '滨河路太黑了，建议装路灯' }));
    expect(res.items.length).toBeGreaterThan(0);
    expect(res.items[0].title).toBe('建议在滨河路增设路灯');
    expect(Object.keys(res.items[0]).sort()).toEqual(['category', 'id', 'stateLabel', 'supportCount', 'title']);
  });

  it('a member supports an existing idea once; the count goes up once', async () => {
    const [target] = dataOf(await cloud.call('demo-member-5', 'ideas.similar', { category: 'infrastructure', title: '建议在滨河路增设路灯' })).items;
    const first = dataOf(await cloud.call('demo-member-5', 'ideas.support', { ideaId: target.id }));
    const again = dataOf(await cloud.call('demo-member-5', 'ideas.support', { ideaId: target.id }));
    expect(first).toEqual({ supportCount: target.supportCount + 1, alreadySupported: false });
    expect(again).toEqual({ supportCount: target.supportCount + 1, alreadySupported: true });
  });

  it('the author backing their own idea counts nothing', async () => {
    const mine = dataOf(await cloud.call('demo-member-5', 'ideas.submit', anIdea({ title: '建议在河堤加装护栏' })));
    const before = await cloud.snapshot();
    expect(dataOf(await cloud.call('demo-member-5', 'ideas.support', { ideaId: mine.id }))).toEqual({ supportCount: 0, alreadySupported: true });
    const after = await cloud.snapshot();
    for (const c of [COLLECTIONS.ideas, COLLECTIONS.ideaSupports]) expect(after[c]).toEqual(before[c]);
  });

  it('title and content are counted as people count them, and unknown keys are refused', async () => {
    const fifty = '路'.repeat(30);
    expect(dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title: fifty }))).title).toBe(fifty);
    expect(errorOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title: '路'.repeat(31) })))).toMatchObject({ code: 'VALIDATION_FAILED', fields: { title: '标题最多30个字' } });
    expect(errorOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ content: '太短' }))).fields).toHaveProperty('content');
    expect(errorOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ authorId: 'x' }))).code).toBe('VALIDATION_FAILED');
    expect(errorOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ category: 'sports' }))).code).toBe('VALIDATION_FAILED');
    expect(errorOf(await cloud.call('not-registered', 'ideas.submit', anIdea())).code).toBe('NOT_REGISTERED');
  });

  it('代录: a secretary submits for a member of their branch; recorded and audited as such', async () => {
    const secretary = await memberIdOf(cloud, SECRETARY);
    const { data } = await cloud.db.collection(COLLECTIONS.members).where({ branchId: secretary.branchId }).limit(50).get();
    const member = data.find((m) => m.roles.length === 1) as { _id: string; openid: string; name: string };
    const idea = dataOf(await cloud.call(SECRETARY, 'ideas.submitFor', { ...anIdea({ title: '建议社区卫生站上门测血压' }), memberId: member._id }));
    expect(idea.byProxy).toBe(true);
    expect(await ideaDoc(cloud, idea.id)).toMatchObject({ authorId: member._id, authorOpenid: member.openid, proxy: { name: '王德明' } });
    const [audit] = await auditsFor(cloud, idea.id);
    expect(audit).toMatchObject({ action: 'ideas.submitFor', actorName: '王德明', after: { authorId: member._id, proxy: { name: '王德明' } } });
    // The member sees it among their own ideas, and hears of it.
    expect(dataOf(await cloud.call(member.openid, 'ideas.mine', {})).items.map((i) => i.id)).toContain(idea.id);
    expect((await outboxFor(cloud, member.openid))[0].data.character_string1.value).toBe(idea.receiptNo);
    const detail = dataOf(await cloud.call(STAFF, 'ideas.detail', { ideaId: idea.id }));
    expect(detail.proxyName).toBe('王德明');
  });

  it('代录 is refused for a member of another branch, for non-secretaries, and for unknown members', async () => {
    const secretary = await memberIdOf(cloud, SECRETARY);
    const { data } = await cloud.db.collection(COLLECTIONS.members).where({ openid: 'demo-member-19' }).limit(1).get();
    const outsider = data[0] as { _id: string; branchId: string };
    expect(outsider.branchId).not.toBe(secretary.branchId);
    const before = await cloud.snapshot();
    expect(errorOf(await cloud.call(SECRETARY, 'ideas.submitFor', { ...anIdea(), memberId: outsider._id })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call(SECRETARY, 'ideas.submitFor', { ...anIdea(), memberId: 'nobody' })).code).toBe('MEMBER_NOT_FOUND');
    for (const who of [MEMBER, STAFF, ADMIN]) {
      expect(errorOf(await cloud.call(who, 'ideas.submitFor', { ...anIdea(), memberId: outsider._id })).code).toBe('FORBIDDEN');
    }
    const after = await cloud.snapshot();
    expect(after[COLLECTIONS.ideas]).toEqual(before[COLLECTIONS.ideas]);
    expect(after[COLLECTIONS.auditLog]).toEqual(before[COLLECTIONS.auditLog]);
  });

  it('the author may withdraw before acceptance; nobody else may, and not after', async () => {
    const idea = dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title: '建议延长图书馆开放时间', category: 'public_service' })));
    expect(errorOf(await cloud.call(OTHER_MEMBER, 'ideas.withdraw', { ideaId: idea.id })).code).toBe('NOT_FOUND');
    const withdrawn = dataOf(await cloud.call(MEMBER, 'ideas.withdraw', { ideaId: idea.id }));
    expect(withdrawn).toMatchObject({ state: 'withdrawn', canWithdraw: false, statusText: '已撤回' });
    expect(withdrawn.timeline.map((s) => s.state)).toEqual(['submitted', 'withdrawn']);
    expect(await auditsFor(cloud, idea.id)).toHaveLength(2);
    expect(errorOf(await cloud.call(MEMBER, 'ideas.withdraw', { ideaId: idea.id })).code).toBe('INVALID_STATE');
    expect(await auditsFor(cloud, idea.id)).toHaveLength(2);

    const accepted = dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title: '建议增加重阳节文艺活动', category: 'public_service' })));
    dataOf(await cloud.call(STAFF, 'ideas.accept', { ideaId: accepted.id }));
    expect(errorOf(await cloud.call(MEMBER, 'ideas.withdraw', { ideaId: accepted.id })).code).toBe('INVALID_STATE');
  });
});

import { randomUUID } from 'node:crypto';
import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { ACTIONS, actionNames } from '../../../cloudfunctions/contract/registry';
import { dataOf, errorOf, startTestCloud, type TestCloud } from '../../support/test-cloud';
import { makeLink } from '../../support/family';
import { anIdea } from '../../support/inputs';
import { activity } from '../../support/example-state';
import { EXAMPLES } from '../../support/action-examples';
import { faultyDb, type FaultPlan } from '../../support/faulty-db';
import { makeMain } from '../../../cloudfunctions/platform/make-main';
import { ALL_ROUTES } from '../../../cloudfunctions/features/all-routes';
import type { Routes } from '../../../cloudfunctions/platform/routes';
import { webContext } from '../../../cloudfunctions/local/gateway/cloud-auth/context';

/**
 * 家人帮办, acting: a linked helper runs only the actions declared for helpers, as the member with the
 * `member` role only; each act is recorded with its effect, marked 家人代提 where staff see it, told to the
 * member, and never repeated by a retry. Money never reaches a helper.
 */
describe('acting for a member', () => {
  let cloud: TestCloud;
  let linkId: string;
  const HELPER = 'wx-wangfang';
  const MEMBER = 'demo-member-1';
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    linkId = await makeLink(cloud, MEMBER, HELPER);
  });
  afterAll(() => cloud.close());

  // From the emulator's own snapshot: a test's look-up needs no index of its own.
  const count = async (collection: string, where: Record<string, unknown>) =>
    ((await cloud.snapshot())[collection] ?? []).filter((d) => Object.entries(where).every(([k, v]) => (d as Record<string, unknown>)[k] === v)).length;
  const memberId = async () => ((await cloud.db.collection(COLLECTIONS.members).where({ openid: MEMBER }).limit(1).get()).data[0] as { _id: string })._id;

  it('signs the member up for an activity: the sign-up is the member\'s, the act is recorded, the member is told — once, however often it is resent', async () => {
    const activityId = await activity(cloud, 1);
    const requestId = randomUUID();
    const first = dataOf(await cloud.callFor(HELPER, linkId, 'volunteers.signUp', { activityId }, requestId));
    expect(first.mine?.status).toBe('confirmed');
    const again = await cloud.callFor(HELPER, linkId, 'volunteers.signUp', { activityId }, requestId);
    expect(again).toEqual({ ok: true, data: first, requestId });
    const signup = (await cloud.db.collection(COLLECTIONS.volunteerSignups).where({ activityId }).limit(5).get()).data as Array<{ memberId: string }>;
    expect(signup.map((s) => s.memberId)).toEqual([await memberId()]);
    expect(await count(COLLECTIONS.familyActs, { linkId, kind: 'activitySignup' })).toBe(1);
    const acts = dataOf(await cloud.call(MEMBER, 'family.acts', { page: 1 }));
    expect(acts.items[0].sentence).toMatch(/^您的女儿 王芳 于 11月28日 10:\d\d 替您报名了志愿活动「示例活动1」$/);
    const told = (await cloud.db.collection(COLLECTIONS.messages).where({ openid: MEMBER, template: 'familyHelper' }).limit(20).get()).data as Array<{ body: string }>;
    expect(told.filter((m) => m.body.includes('替您报名了志愿活动「示例活动1」'))).toHaveLength(1);
    // Cancelling is recorded too.
    dataOf(await cloud.callFor(HELPER, linkId, 'volunteers.cancelSignUp', { activityId }));
    expect(await count(COLLECTIONS.familyActs, { linkId, kind: 'activityCancel' })).toBe(1);
  });

  it('a 金点子 and a 求助 sent by the helper are the member\'s, marked 家人代提 for staff and the member, and audited with the helper', async () => {
    const idea = dataOf(await cloud.callFor(HELPER, linkId, 'ideas.submit', anIdea({ title: '建议给活动中心加扶手' })));
    expect(idea.familyBy).toBe('女儿 王芳');
    expect(dataOf(await cloud.call(MEMBER, 'ideas.get', { ideaId: idea.id })).familyBy).toBe('女儿 王芳');
    expect(dataOf(await cloud.call('demo-staff-1', 'ideas.detail', { ideaId: idea.id })).familyBy).toBe('女儿 王芳');
    const audit = (await cloud.db.collection(COLLECTIONS.auditLog).where({ targetId: idea.id }).limit(2).get()).data as Array<{ actorId: string; helper?: { name: string; relation: string } }>;
    expect(audit).toEqual([expect.objectContaining({ actorId: await memberId(), helper: expect.objectContaining({ name: '王芳', relation: 'daughter' }) })]);

    const problem = dataOf(await cloud.callFor(HELPER, linkId, 'care.askHelp', { text: '家里的水管漏水了' }));
    expect(problem.steps[0].byName).toBe('家人代提（女儿 王芳）');
    expect(problem.memberName).toBe('张桂兰');
    const kinds = ((await cloud.snapshot())[COLLECTIONS.familyActs] as Array<{ linkId: string; kind: string }>).filter((a) => a.linkId === linkId).map((a) => a.kind);
    expect(kinds).toEqual(expect.arrayContaining(['idea', 'careHelp']));
  });

  it('the act record commits with the effect: a fault at the record leaves no idea, no audit entry, no record; the retry makes one of each', async () => {
    const real = cloud.deps.db;
    const plan: FaultPlan = { failAt: null, failInsertInto: undefined, writes: 0, thrown: 0 };
    const requestId = randomUUID();
    const input = anIdea({ title: '建议修好楼道的灯' });
    const ideasBefore = await count(COLLECTIONS.ideas, { title: '建议修好楼道的灯' });
    // The idea's transaction writes the idea, its audit entry, then the act record: fail on the third.
    plan.failAt = 3;
    cloud.deps.db = faultyDb(real, plan);
    try {
      expect(errorOf(await cloud.callFor(HELPER, linkId, 'ideas.submit', input, requestId)).code).toBe('INTERNAL');
    } finally {
      cloud.deps.db = real;
    }
    expect(plan.thrown).toBe(1);
    expect(await count(COLLECTIONS.ideas, { title: '建议修好楼道的灯' })).toBe(ideasBefore);
    expect(await count(COLLECTIONS.familyActs, { linkId, title: '建议修好楼道的灯' })).toBe(0);
    const made = dataOf(await cloud.callFor(HELPER, linkId, 'ideas.submit', input, requestId));
    expect(await count(COLLECTIONS.ideas, { title: '建议修好楼道的灯' })).toBe(ideasBefore + 1);
    expect(await count(COLLECTIONS.familyActs, { linkId, title: '建议修好楼道的灯' })).toBe(1);
    expect(await count(COLLECTIONS.auditLog, { targetId: made.id })).toBe(1);
  });

  it('refuses everything not declared for helpers — roles, profile, money, staff and secretary work — and changes nothing', async () => {
    const refused = actionNames.filter((a) => !ACTIONS[a].helper);
    const named = ['members.updateProfile', 'members.grantRole', 'care.payments', 'care.saveLedger', 'ideas.submitFor', 'family.end'] as const;
    const inputs = await Promise.all(named.map(async (action) => [action, (await EXAMPLES[action].prepare(cloud, 1)).input] as const));
    const before = await cloud.snapshot();
    for (const action of refused) {
      const res = await cloud.callFor(HELPER, linkId, action, {});
      expect({ action, code: res.ok ? 'ok' : res.error.code }).toEqual({ action, code: expect.stringMatching(/^(HELPER_NOT_ALLOWED|VALIDATION_FAILED)$/) });
    }
    for (const [action, input] of inputs) {
      const res = errorOf(await cloud.callFor(HELPER, linkId, action, input));
      expect(res.code).toBe('HELPER_NOT_ALLOWED');
      expect(res.message).toMatch(/家人帮办不能办理这一项/);
    }
    expect(await cloud.snapshot()).toEqual(before);
  });

  it('acts with the member role only: a helper of a secretary cannot reach the secretary\'s work', async () => {
    const forSecretary = await makeLink(cloud, 'demo-secretary-bureau', 'wx-secretary-son');
    expect(dataOf(await cloud.callFor('wx-secretary-son', forSecretary, 'members.today', {}))).toHaveProperty('signups');
    expect(errorOf(await cloud.callFor('wx-secretary-son', forSecretary, 'members.myBranch', { page: 1 })).code).toBe('HELPER_NOT_ALLOWED');
  });

  it('never shows a helper money: no output of any helper action carries an amount', async () => {
    const target = await memberId();
    const p = dataOf(await cloud.call('demo-staff-2', 'care.proposePayment', { memberId: target, amountFen: 88_800, reason: '春节慰问' }));
    dataOf(await cloud.call('demo-staff-1', 'care.decidePayment', { paymentId: p.id, approve: true }));
    for (const action of actionNames.filter((a) => ACTIONS[a].helper && !ACTIONS[a].write)) {
      const { caller, input } = await EXAMPLES[action].prepare(cloud, 7);
      const link = caller === MEMBER ? linkId : await makeLink(cloud, caller, `wx-money-${action.replace('.', '-')}`);
      const res = await cloud.callFor(caller === MEMBER ? HELPER : `wx-money-${action.replace('.', '-')}`, link, action, input);
      const text = JSON.stringify(dataOf(res));
      expect({ action, money: /amount|Fen"|88800|888\.00|888元|慰问金|帮扶/.test(text) }).toEqual({ action, money: false });
    }
  });

  it('identity is the platform\'s: another helper\'s link, a made-up link or actFor inside the input are refused', async () => {
    expect(errorOf(await cloud.callFor('wx-someone-else', linkId, 'members.today', {})).code).toBe('HELPER_NOT_LINKED');
    expect(errorOf(await cloud.callFor(HELPER, 'no-such-link', 'members.today', {})).code).toBe('HELPER_NOT_LINKED');
    expect(errorOf(await cloud.callFor(HELPER, '{"$ne":1}', 'members.today', {})).code).toBe('HELPER_NOT_LINKED');
    expect(errorOf(await cloud.call(HELPER, 'members.today', { actFor: linkId })).code).toBe('VALIDATION_FAILED');
    expect(errorOf(await cloud.callFor(null, linkId, 'members.today', {})).code).toBe('UNAUTHENTICATED');
  });

  it('a browser (signed in anonymously, or a desk) never acts for anyone, even with a live link id', async () => {
    const main = makeMain('members', ALL_ROUTES.members as Routes<'members'>, () => cloud.deps);
    const browser = webContext('members', { uuid: randomUUID().replace(/-/g, ''), anonymous: true }, '127.0.0.1');
    const res = await main({ action: 'members.today', input: {}, requestId: randomUUID(), actFor: linkId }, browser);
    expect(errorOf(res as never).code).toBe('HELPER_NOT_ALLOWED');
  });

  it('rate limits count the helper\'s own calls, not the member\'s', async () => {
    cloud.clock.advance(61_000);
    const tries: string[] = [];
    for (let i = 0; i < 11; i += 1) {
      const res = await cloud.callFor(HELPER, linkId, 'ideas.submit', anIdea({ title: `建议在滨河路增设路灯${i}` }));
      tries.push(res.ok ? 'ok' : res.error.code);
    }
    expect(tries).toEqual([...Array(10).fill('ok'), 'RATE_LIMITED']);
    expect(dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title: '本人自己提的建议' }))).title).toBe('本人自己提的建议');
  });

});

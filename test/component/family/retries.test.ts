import { randomUUID } from 'node:crypto';
import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import type { ActionName, InputOf } from '../../../cloudfunctions/contract/registry';
import type { Database } from '../../../cloudfunctions/platform/database';
import { STALE_CLAIM_MS } from '../../../cloudfunctions/platform/idempotency';
import { dataOf, errorOf, startTestCloud, type TestCloud } from '../../support/test-cloud';
import { makeLink } from '../../support/family';
import { anIdea } from '../../support/inputs';
import { activity, session } from '../../support/example-state';

/**
 * 家人帮办, a helper's write resent with the same requestId after its answer was lost — each act kind once:
 *  - the answer was lost after the effect, and the pipeline's record of it too (its settle failed), so the
 *    resend runs the use case again: still one effect, one 家人代办记录 entry, one 消息 to the member;
 *  - the call died between the effect and its record: the resend writes the record, once.
 */
describe('a helper\'s act resent after a lost answer is recorded once', () => {
  let cloud: TestCloud;
  let linkId: string;
  const HELPER = 'wx-retry-helper';
  const MEMBER = 'demo-member-1';
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    linkId = await makeLink(cloud, MEMBER, HELPER);
  });
  afterAll(() => cloud.close());

  const rows = async <T = Record<string, unknown>>(collection: string, where: (d: Record<string, unknown>) => boolean) =>
    ((await cloud.snapshot())[collection] ?? []).filter((d) => where(d as Record<string, unknown>)) as T[];
  const actsOf = (requestId: string) => rows(COLLECTIONS.familyActs, (d) => d.linkId === linkId && d.requestId === requestId);
  const toldOf = (phrase: string) => rows(COLLECTIONS.messages, (d) => d.openid === MEMBER && d.template === 'familyHelper' && String(d.body).includes(phrase));

  /** As if the first call's answer and its idempotency settle were both lost, and the claim has gone stale. */
  const loseTheAnswer = async (requestId: string) => {
    const records = await rows<{ _id: string }>(COLLECTIONS.idempotency, (d) => (d.envelope as { requestId?: string } | undefined)?.requestId === requestId);
    expect(records).toHaveLength(1);
    await cloud.db.collection(COLLECTIONS.idempotency).doc(records[0]._id).update({ status: 'pending', envelope: cloud.db.command.remove(), createdAt: new Date(cloud.clock.now().getTime() - STALE_CLAIM_MS - 1000) });
  };

  /** A database whose first plain (non-transactional) write of a family_acts record throws, as a crash there would. */
  const failingActRecord = (db: Database): { db: Database; thrown: () => number } => {
    let thrown = 0;
    const proxied = new Proxy(db, {
      get(target, prop) {
        if (prop !== 'collection') return Reflect.get(target, prop, target) as unknown;
        return (name: string) => {
          const ref = target.collection(name);
          if (name !== COLLECTIONS.familyActs) return ref;
          return new Proxy(ref, {
            get(r, p) {
              if (p !== 'doc') return Reflect.get(r, p, r) as unknown;
              return (id: string) => {
                const doc = r.doc(id);
                return new Proxy(doc, {
                  get(d, q) {
                    if (q === 'set' && thrown === 0) return () => { thrown += 1; return Promise.reject(new Error('injected fault')); };
                    const v = Reflect.get(d, q, d) as unknown;
                    return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(d) : v;
                  },
                });
              };
            },
          });
        };
      },
    });
    return { db: proxied, thrown: () => thrown };
  };

  const resendAfterLostAnswer = async <A extends ActionName>(action: A, input: InputOf<A>) => {
    const requestId = randomUUID();
    const first = dataOf(await cloud.callFor(HELPER, linkId, action, input, requestId));
    await loseTheAnswer(requestId);
    cloud.clock.advance(1000);
    const again = dataOf(await cloud.callFor(HELPER, linkId, action, input, requestId));
    return { requestId, first, again };
  };

  const dieBeforeTheRecord = async <A extends ActionName>(action: A, input: InputOf<A>) => {
    const requestId = randomUUID();
    const real = cloud.deps.db;
    const faulty = failingActRecord(real);
    cloud.deps.db = faulty.db;
    try {
      expect(errorOf(await cloud.callFor(HELPER, linkId, action, input, requestId)).code).toBe('INTERNAL');
    } finally {
      cloud.deps.db = real;
    }
    expect(faulty.thrown()).toBe(1);
    const again = dataOf(await cloud.callFor(HELPER, linkId, action, input, requestId));
    return { requestId, again };
  };

  it('活动报名 and 取消报名', async () => {
    const activityId = await activity(cloud, 41);
    const { requestId } = await resendAfterLostAnswer('volunteers.signUp', { activityId });
    expect(await rows(COLLECTIONS.volunteerSignups, (d) => d.activityId === activityId)).toHaveLength(1);
    expect(await actsOf(requestId)).toHaveLength(1);
    expect(await toldOf('替您报名了志愿活动「示例活动41」')).toHaveLength(1);

    // A cancel's resend that runs again finds its own cancel done: it answers as the first did, and records nothing more.
    const cancelId = randomUUID();
    const cancelled = dataOf(await cloud.callFor(HELPER, linkId, 'volunteers.cancelSignUp', { activityId }, cancelId));
    await loseTheAnswer(cancelId);
    expect(dataOf(await cloud.callFor(HELPER, linkId, 'volunteers.cancelSignUp', { activityId }, cancelId))).toEqual(cancelled);
    // Another request (a second tap, not a resend) still finds nothing to cancel.
    expect(errorOf(await cloud.callFor(HELPER, linkId, 'volunteers.cancelSignUp', { activityId }, randomUUID())).code).toBe('NOT_SIGNED_UP');
    expect(await actsOf(cancelId)).toEqual([expect.objectContaining({ kind: 'activityCancel' })]);
    expect(await toldOf('替您取消了志愿活动报名「示例活动41」')).toHaveLength(1);

    const other = await activity(cloud, 42);
    const died = await dieBeforeTheRecord('volunteers.signUp', { activityId: other });
    expect(await actsOf(died.requestId)).toEqual([expect.objectContaining({ kind: 'activitySignup', targetId: other })]);
    expect(await toldOf('「示例活动42」')).toHaveLength(1);
  });

  it('小讲堂报名 and 取消报名', async () => {
    const sessionId = await session(cloud, 41);
    const { requestId, again } = await resendAfterLostAnswer('sessions.signUp', { sessionId });
    expect(again.mine.signedUp).toBe(true);
    expect(again.taken).toBe(1);
    expect(await rows(COLLECTIONS.sessionSignups, (d) => d.sessionId === sessionId && d.status === 'signed')).toHaveLength(1);
    expect(await actsOf(requestId)).toEqual([expect.objectContaining({ kind: 'sessionSignup', targetId: sessionId })]);
    expect(await toldOf('「示例讲堂41」')).toHaveLength(1);

    const cancel = await resendAfterLostAnswer('sessions.cancel', { sessionId });
    expect(cancel.again.mine.signedUp).toBe(false);
    expect(await actsOf(cancel.requestId)).toEqual([expect.objectContaining({ kind: 'sessionCancel' })]);

    // The sign-up was written, the record was not: the resend finds the sign-up and still records the act.
    const other = await session(cloud, 42);
    const died = await dieBeforeTheRecord('sessions.signUp', { sessionId: other });
    expect(died.again.taken).toBe(1);
    expect(await actsOf(died.requestId)).toEqual([expect.objectContaining({ kind: 'sessionSignup', targetId: other })]);
    expect(await toldOf('「示例讲堂42」')).toHaveLength(1);

    // A helper's later tap on a session the member already signed up for did nothing: nothing is recorded.
    const tapAgain = randomUUID();
    dataOf(await cloud.callFor(HELPER, linkId, 'sessions.signUp', { sessionId: other }, tapAgain));
    expect(await actsOf(tapAgain)).toHaveLength(0);
  });

  it('金点子', async () => {
    const { requestId, first, again } = await resendAfterLostAnswer('ideas.submit', anIdea({ title: '建议公园多放几把长椅' }) as InputOf<'ideas.submit'>);
    expect(again.id).toBe(first.id);
    expect(await rows(COLLECTIONS.ideas, (d) => d.title === '建议公园多放几把长椅')).toHaveLength(1);
    expect(await actsOf(requestId)).toEqual([expect.objectContaining({ kind: 'idea', targetId: first.id })]);
    expect(await toldOf('建议公园多放几把长椅')).toHaveLength(1);
  });

  it('求助', async () => {
    const { requestId, first, again } = await resendAfterLostAnswer('care.askHelp', { text: '楼道的灯坏了一个月' });
    expect(again.id).toBe(first.id);
    expect(await rows(COLLECTIONS.careProblems, (d) => d.text === '楼道的灯坏了一个月')).toHaveLength(1);
    expect(await actsOf(requestId)).toEqual([expect.objectContaining({ kind: 'careHelp', targetId: first.id })]);
    expect(await toldOf('楼道的灯坏了一个月')).toHaveLength(1);
  });
});

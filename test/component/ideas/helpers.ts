import { noticesTo } from '../../support/notices';
import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import type { ActionName } from '../../../cloudfunctions/contract/registry';
import { dataOf, errorOf, type TestCloud } from '../../support/test-cloud';

export const MEMBER = 'demo-member-1';
export const OTHER_MEMBER = 'demo-member-2';
export const STAFF = 'demo-staff-1';
export const SECRETARY = 'demo-secretary-bureau';
export const ADMIN = 'demo-admin';

export { anIdea } from '../../support/inputs';

export const auditsFor = async (cloud: TestCloud, targetId: string) =>
  (await cloud.db.collection(COLLECTIONS.auditLog).where({ targetId }).orderBy('at', 'desc').limit(50).get()).data as Array<Record<string, unknown>>;

export const outboxFor = async (cloud: TestCloud, openid: string) =>
  (await noticesTo(cloud, openid, 100)) as Array<{
    templateId: string;
    page: string;
    data: Record<string, { value: string }>;
  }>;

export const ideaDoc = async (cloud: TestCloud, id: string) =>
  (await cloud.db.collection(COLLECTIONS.ideas).doc(id).get()).data[0] as Record<string, unknown>;

export const memberIdOf = async (cloud: TestCloud, openid: string) =>
  ((await cloud.db.collection(COLLECTIONS.members).where({ openid }).limit(1).get()).data[0] as { _id: string; branchId: string });

/**
 * The two checks every handling test leans on, bound to a suite's cloud: `step` runs a move and checks it
 * wrote exactly one audit entry and sent the author exactly one message; `refused` checks a refused move
 * left the idea, the audit log and the outbox as they were.
 */
export const handlingChecks = (cloudOf: () => TestCloud) => {
  const step = async <A extends ActionName>(openid: string, action: A, input: Record<string, unknown>, ideaId: string, author = MEMBER) => {
    const cloud = cloudOf();
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
  const refused = async (openid: string, action: ActionName, input: Record<string, unknown>, code: string) => {
    const cloud = cloudOf();
    const before = await cloud.snapshot();
    expect(errorOf(await cloud.call(openid, action, input)).code).toBe(code);
    const after = await cloud.snapshot();
    for (const c of [COLLECTIONS.ideas, COLLECTIONS.auditLog, COLLECTIONS.messages, COLLECTIONS.counters]) expect(after[c]).toEqual(before[c]);
  };
  return { step, refused };
};

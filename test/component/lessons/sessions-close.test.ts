import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { offlineRecordId } from '../../../cloudfunctions/features/lessons/sessions/store';
import { faultyDb, type FaultPlan } from '../../support/faulty-db';
import { startTestCloud, dataOf, type TestCloud } from '../../support/test-cloud';
import { registerMany } from '../volunteers/helpers';
import { scheduled } from './sessions-helpers';

/**
 * Closing a 院坝小讲堂 in two steps (sessions-close.ts): the session's change in one small transaction,
 * then one small transaction per attendee. A close that dies between attendees is finished by the same
 * request sent again, and nobody is counted twice.
 */
describe('院坝小讲堂: a close that dies half way is resumed', () => {
  let cloud: TestCloud;
  let people: string[];
  const SEC = 'demo-secretary-bureau';

  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    people = await registerMany(cloud, 'close-resume', 24);
  }, 60_000);
  afterAll(() => cloud.close());

  it('24 attendees: the first try dies on a study record, the retry records everyone exactly once', async () => {
    const s = await scheduled(cloud, SEC, { capacity: 30 });
    for (const p of people) dataOf(await cloud.call(p, 'sessions.signUp', { sessionId: s.id }));
    dataOf(await cloud.call(SEC, 'sessions.openAttendance', { sessionId: s.id }));
    const roster = dataOf(await cloud.call(SEC, 'sessions.roster', { sessionId: s.id }));
    for (const r of roster.items) dataOf(await cloud.call(SEC, 'sessions.mark', { sessionId: s.id, memberId: r.memberId, attendance: 'present' }));
    const input = { sessionId: s.id, minutes: '分批记录' };
    const real = cloud.deps.db;
    const plan: FaultPlan = { failAt: 40, writes: 0, thrown: 0 };
    cloud.deps.db = faultyDb(real, plan);
    const died = await cloud.call(SEC, 'sessions.close', input, 'close-resume-1');
    cloud.deps.db = real;
    expect(plan.thrown).toBe(1);
    expect(died.ok).toBe(false);
    const recordIds = roster.items.map((r) => offlineRecordId(s.id, r.memberId));
    const records = async () =>
      (await real.collection(COLLECTIONS.studyRecords).where({ _id: real.command.in(recordIds) }).limit(100).get()).data as Array<{ memberId: string }>;
    // The session is closed and some attendees are recorded; not all of them.
    expect(((await real.collection(COLLECTIONS.studySessions).doc(s.id).get()).data[0] as { status: string }).status).toBe('closed');
    const partial = (await records()).length;
    expect(partial).toBeLessThan(24);

    const again = dataOf(await cloud.call(SEC, 'sessions.close', input, 'close-resume-1'));
    expect(again).toMatchObject({ status: 'closed', markedCount: 24 });
    const all = await records();
    expect(all).toHaveLength(24);
    expect(new Set(all.map((r) => r.memberId)).size).toBe(24);
    const audits = (await real.collection(COLLECTIONS.auditLog).where({ targetType: 'study_session', targetId: s.id, action: 'sessions.close' }).limit(10).get()).data;
    expect(audits).toHaveLength(1);
  }, 60_000);
});

import { noticesTo } from '../../support/notices';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { auditsFor, idOf } from './helpers';
import { scheduled, sessionDoc, signupsOf } from './sessions-helpers';

const SEC = 'demo-secretary-education';
const outboxFor = async (cloud: TestCloud, openid: string) =>
  (await noticesTo(cloud, openid, 50)) as Array<{
    templateId: string;
    data: Record<string, { value: string }>;
  }>;

/** 院坝小讲堂: the secretary cancels a session; a walk-in is added at attendance, even when full. */
describe('sessions: cancel a session, add a walk-in', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  it('cancelling tells those signed up, closes sign-ups, and is audited', async () => {
    const s = await scheduled(cloud, SEC, { topic: '重温入党誓词' });
    dataOf(await cloud.call('demo-member-6', 'sessions.signUp', { sessionId: s.id }));
    dataOf(await cloud.call('demo-member-7', 'sessions.signUp', { sessionId: s.id }));
    dataOf(await cloud.call('demo-member-7', 'sessions.cancel', { sessionId: s.id }));
    const before6 = (await outboxFor(cloud, 'demo-member-6')).length;
    const before7 = (await outboxFor(cloud, 'demo-member-7')).length;
    cloud.clock.advance(1000); // the cancel's audit entry comes after the scheduling's

    expect(errorOf(await cloud.call(SEC, 'sessions.cancelSession', { sessionId: s.id, reason: '' })).fields).toHaveProperty('reason');
    expect(errorOf(await cloud.call('demo-secretary-bureau', 'sessions.cancelSession', { sessionId: s.id, reason: '下雨' })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call('demo-member-6', 'sessions.cancelSession', { sessionId: s.id, reason: '下雨' })).code).toBe('FORBIDDEN');

    const cancelled = dataOf(await cloud.call(SEC, 'sessions.cancelSession', { sessionId: s.id, reason: '下大雨，改期再讲' }));
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '下大雨，改期再讲', notified: 1 });
    const [told] = await outboxFor(cloud, 'demo-member-6');
    expect(await outboxFor(cloud, 'demo-member-6')).toHaveLength(before6 + 1);
    expect(told).toMatchObject({ templateId: 'sessionChange', data: { thing1: { value: '重温入党誓词' } } });
    expect(await outboxFor(cloud, 'demo-member-7')).toHaveLength(before7); // had cancelled already
    const [audit] = await auditsFor(cloud, s.id);
    expect(audit).toMatchObject({ action: 'sessions.cancelSession', before: { status: 'scheduled' }, after: { status: 'cancelled', reason: '下大雨，改期再讲' } });

    // Sign-ups closed; members see it as cancelled, with the reason; it cannot be opened or cancelled again.
    expect(errorOf(await cloud.call('demo-member-8', 'sessions.signUp', { sessionId: s.id })).code).toBe('SESSION_SIGNUP_CLOSED');
    expect(errorOf(await cloud.call('demo-member-6', 'sessions.cancel', { sessionId: s.id })).code).toBe('SESSION_SIGNUP_CLOSED');
    expect(errorOf(await cloud.call(SEC, 'sessions.openAttendance', { sessionId: s.id })).code).toBe('INVALID_STATE');
    expect(errorOf(await cloud.call(SEC, 'sessions.cancelSession', { sessionId: s.id, reason: '再取消' })).code).toBe('INVALID_STATE');
    const upcoming = dataOf(await cloud.call('demo-member-6', 'sessions.list', {}));
    expect(upcoming.items.find((x) => x.id === s.id)).toMatchObject({ status: 'cancelled', cancelReason: '下大雨，改期再讲' });
  });

  it('a walk-in is attendance, not a sign-up: allowed when full, takes no seat, counts at the close', async () => {
    const s = await scheduled(cloud, SEC, { topic: '院坝讲党史', capacity: 1 });
    dataOf(await cloud.call('demo-member-6', 'sessions.signUp', { sessionId: s.id }));
    expect(errorOf(await cloud.call('demo-member-7', 'sessions.signUp', { sessionId: s.id })).code).toBe('SESSION_FULL');
    const walker = await idOf(cloud, 'demo-member-7');
    // Only while attendance is open.
    expect(errorOf(await cloud.call(SEC, 'sessions.addWalkIn', { sessionId: s.id, memberId: walker })).code).toBe('INVALID_STATE');
    dataOf(await cloud.call(SEC, 'sessions.openAttendance', { sessionId: s.id }));
    expect(errorOf(await cloud.call(SEC, 'sessions.addWalkIn', { sessionId: s.id, memberId: 'nobody-here' })).code).toBe('MEMBER_NOT_FOUND');
    expect(errorOf(await cloud.call(SEC, 'sessions.addWalkIn', { sessionId: s.id, memberId: walker, attendance: 'absent' })).fields).toHaveProperty('attendance');
    expect(errorOf(await cloud.call('demo-secretary-bureau', 'sessions.addWalkIn', { sessionId: s.id, memberId: walker })).code).toBe('FORBIDDEN');

    const row = dataOf(await cloud.call(SEC, 'sessions.addWalkIn', { sessionId: s.id, memberId: walker }));
    expect(row).toMatchObject({ name: '彭大海', walkIn: true, signedUp: false, attendance: 'present' });
    // Twice is one row; re-marked 迟到 by hand like anyone on the roster.
    dataOf(await cloud.call(SEC, 'sessions.addWalkIn', { sessionId: s.id, memberId: walker }));
    expect(dataOf(await cloud.call(SEC, 'sessions.mark', { sessionId: s.id, memberId: walker, attendance: 'late' }))).toMatchObject({ attendance: 'late', walkIn: true });
    expect((await signupsOf(cloud, s.id)).filter((r) => r.memberId === walker)).toHaveLength(1);
    expect((await sessionDoc(cloud, s.id)).taken).toBe(1);
    const [audit] = await auditsFor(cloud, `${s.id}_${walker}`);
    expect(audit).toBeDefined();

    dataOf(await cloud.call(SEC, 'sessions.mark', { sessionId: s.id, memberId: await idOf(cloud, 'demo-member-6'), attendance: 'present' }));
    const closed = dataOf(await cloud.call(SEC, 'sessions.close', { sessionId: s.id, minutes: '讲了党史故事。' }));
    expect(closed.markedCount).toBe(2);
    expect(dataOf(await cloud.call('demo-member-7', 'sessions.get', { sessionId: s.id })).mine).toEqual({ signedUp: false, checkedIn: false, walkIn: true, attendance: 'late' });
    const mine = dataOf(await cloud.call('demo-member-7', 'lessons.myStudy', {}));
    expect(mine.items.some((r) => r.kind === 'offline' && r.title === '院坝讲党史')).toBe(true);
  });
});

import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { auditsFor, idOf } from './helpers';
import { scheduled, sessionDoc } from './sessions-helpers';

const SEC = 'demo-secretary-education';
// demo-member-5..8 are in the education branch.

/** 开始签到 is not a stray tap: only from the session's day (China time), and it can be undone while nobody has checked in. */
describe('sessions: open attendance on the day, undo it, and the tries left after a wrong code', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());
  afterEach(() => cloud.clock.set('2026-11-28T02:00:00.000Z'));

  it('two days before: refused with the day named, nothing changes, sign-up goes on; the runner view says not yet', async () => {
    // 2026-11-30 09:30 in China; the test clock is 2026-11-28 10:00 in China.
    const s = await scheduled(cloud, SEC, { startAt: '2026-11-30T09:30:00+08:00', topic: '两天后的讲堂' });
    expect(s.canOpen).toBe(false);
    dataOf(await cloud.call('demo-member-5', 'sessions.signUp', { sessionId: s.id }));
    const refused = errorOf(await cloud.call(SEC, 'sessions.openAttendance', { sessionId: s.id }));
    expect(refused.code).toBe('SESSION_NOT_TODAY');
    expect(refused.fields?.sessionId).toBe('这次小讲堂在11月30日，那天才能开始签到');
    expect(await sessionDoc(cloud, s.id)).toMatchObject({ status: 'scheduled', version: 0 });
    expect((await auditsFor(cloud, s.id)).map((a) => a.action)).toEqual(['sessions.schedule']);
    expect(dataOf(await cloud.call('demo-member-6', 'sessions.signUp', { sessionId: s.id })).taken).toBe(2);
    expect(dataOf(await cloud.call(SEC, 'sessions.get', { sessionId: s.id })).canOpen).toBe(false);
    // The member's own view never carries the runner's flags.
    expect(dataOf(await cloud.call('demo-member-5', 'sessions.get', { sessionId: s.id })).canOpen).toBeUndefined();
  });

  it('the day is China time: 23:30 the evening before is refused, 00:10 on the day is allowed, and so is the day after', async () => {
    const s = await scheduled(cloud, SEC, { startAt: '2026-11-30T09:30:00+08:00', topic: '按北京时间算日子' });
    cloud.clock.set('2026-11-29T15:30:00.000Z'); // 11-29 23:30 in China, already 11-30 nowhere that matters
    expect(errorOf(await cloud.call(SEC, 'sessions.openAttendance', { sessionId: s.id })).code).toBe('SESSION_NOT_TODAY');
    cloud.clock.set('2026-11-29T16:10:00.000Z'); // 11-30 00:10 in China
    expect(dataOf(await cloud.call(SEC, 'sessions.get', { sessionId: s.id })).canOpen).toBe(true);
    expect(dataOf(await cloud.call(SEC, 'sessions.openAttendance', { sessionId: s.id })).status).toBe('attendance');

    const late = await scheduled(cloud, SEC, { startAt: '2026-11-30T09:30:00+08:00', topic: '忘了当天开签到' });
    cloud.clock.set('2026-12-01T02:00:00.000Z'); // the day after: still possible, to record who came
    expect(dataOf(await cloud.call(SEC, 'sessions.openAttendance', { sessionId: late.id })).status).toBe('attendance');
  });

  it('undo while nobody has checked in: sign-up opens again, the code is withdrawn, audited; a new open gives a new code', async () => {
    const s = await scheduled(cloud, SEC, { topic: '点错了开始签到' });
    expect(s.canOpen).toBe(true);
    dataOf(await cloud.call('demo-member-5', 'sessions.signUp', { sessionId: s.id }));
    const opened = dataOf(await cloud.call(SEC, 'sessions.openAttendance', { sessionId: s.id }));
    expect(opened).toMatchObject({ status: 'attendance', canReopen: true });
    // A wrong code is not a check-in: the undo stays possible.
    const wrong = opened.code === '0000' ? '0001' : '0000';
    expect(errorOf(await cloud.call('demo-member-5', 'sessions.checkIn', { sessionId: s.id, code: wrong })).code).toBe('SESSION_WRONG_CODE');
    expect(errorOf(await cloud.call('demo-member-5', 'sessions.reopenSignup', { sessionId: s.id })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call('demo-secretary-bureau', 'sessions.reopenSignup', { sessionId: s.id })).code).toBe('FORBIDDEN');

    const back = dataOf(await cloud.call(SEC, 'sessions.reopenSignup', { sessionId: s.id }));
    expect(back).toMatchObject({ status: 'scheduled', canOpen: true });
    expect(back.code).toBeUndefined();
    expect((await sessionDoc(cloud, s.id)).code).toBeUndefined();
    const trail = await auditsFor(cloud, s.id);
    expect(trail.find((a) => a.action === 'sessions.reopenSignup')).toMatchObject({ before: { status: 'attendance' }, after: { status: 'scheduled' } });
    // Sign-up and cancel work again; the old code checks nobody in.
    expect(dataOf(await cloud.call('demo-member-6', 'sessions.signUp', { sessionId: s.id })).taken).toBe(2);
    expect(dataOf(await cloud.call('demo-member-6', 'sessions.cancel', { sessionId: s.id })).taken).toBe(1);
    expect(errorOf(await cloud.call('demo-member-5', 'sessions.checkIn', { sessionId: s.id, code: opened.code as string })).code).toBe('INVALID_STATE');
    // A second undo tap is harmless; a fresh open works.
    expect(dataOf(await cloud.call(SEC, 'sessions.reopenSignup', { sessionId: s.id })).status).toBe('scheduled');
    expect(dataOf(await cloud.call(SEC, 'sessions.openAttendance', { sessionId: s.id })).code).toMatch(/^\d{4}$/);
  });

  it('no undo once someone is on the attendance record: a code check-in, a hand mark, or a walk-in', async () => {
    const byCode = await scheduled(cloud, SEC, { topic: '有人输码签到了' });
    dataOf(await cloud.call('demo-member-5', 'sessions.signUp', { sessionId: byCode.id }));
    const opened = dataOf(await cloud.call(SEC, 'sessions.openAttendance', { sessionId: byCode.id }));
    const checked = dataOf(await cloud.call('demo-member-5', 'sessions.checkIn', { sessionId: byCode.id, code: opened.code as string }));
    expect(checked.mine.checkedIn).toBe(true);
    expect(dataOf(await cloud.call(SEC, 'sessions.get', { sessionId: byCode.id })).canReopen).toBe(false);
    expect(errorOf(await cloud.call(SEC, 'sessions.reopenSignup', { sessionId: byCode.id })).code).toBe('SESSION_ATTENDANCE_STARTED');
    expect((await sessionDoc(cloud, byCode.id)).status).toBe('attendance');

    const byMark = await scheduled(cloud, SEC, { topic: '书记登记了一位' });
    dataOf(await cloud.call('demo-member-6', 'sessions.signUp', { sessionId: byMark.id }));
    dataOf(await cloud.call(SEC, 'sessions.openAttendance', { sessionId: byMark.id }));
    dataOf(await cloud.call(SEC, 'sessions.mark', { sessionId: byMark.id, memberId: await idOf(cloud, 'demo-member-6'), attendance: 'leave' }));
    expect(errorOf(await cloud.call(SEC, 'sessions.reopenSignup', { sessionId: byMark.id })).code).toBe('SESSION_ATTENDANCE_STARTED');

    const byWalkIn = await scheduled(cloud, SEC, { topic: '当场来了一位' });
    dataOf(await cloud.call(SEC, 'sessions.openAttendance', { sessionId: byWalkIn.id }));
    dataOf(await cloud.call(SEC, 'sessions.addWalkIn', { sessionId: byWalkIn.id, memberId: await idOf(cloud, 'demo-member-7') }));
    expect(errorOf(await cloud.call(SEC, 'sessions.reopenSignup', { sessionId: byWalkIn.id })).code).toBe('SESSION_ATTENDANCE_STARTED');
    // Nor before attendance is open, nor after the close.
    const fresh = await scheduled(cloud, SEC, { topic: '还没开始签到' });
    dataOf(await cloud.call(SEC, 'sessions.cancelSession', { sessionId: fresh.id, reason: '下雨改期' }));
    expect(errorOf(await cloud.call(SEC, 'sessions.reopenSignup', { sessionId: fresh.id })).code).toBe('INVALID_STATE');
  });

  it('a wrong 签到码 says how many tries are left, from the stored count; the fifth says to ask the secretary', async () => {
    const s = await scheduled(cloud, SEC, { topic: '输错签到码' });
    dataOf(await cloud.call('demo-member-8', 'sessions.signUp', { sessionId: s.id }));
    const opened = dataOf(await cloud.call(SEC, 'sessions.openAttendance', { sessionId: s.id }));
    const wrong = opened.code === '0000' ? '0001' : '0000';
    const said: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const e = errorOf(await cloud.call('demo-member-8', 'sessions.checkIn', { sessionId: s.id, code: wrong }));
      expect(e.code).toBe('SESSION_WRONG_CODE');
      said.push(e.fields?.code ?? '');
    }
    expect(said).toEqual([
      '签到码不对，还可以再输4次', '签到码不对，还可以再输3次', '签到码不对，还可以再输2次', '签到码不对，还可以再输1次',
      '签到码不对，5次机会已用完，请找书记帮您登记',
    ]);
    expect(errorOf(await cloud.call('demo-member-8', 'sessions.checkIn', { sessionId: s.id, code: opened.code as string })).code).toBe('SESSION_TOO_MANY_WRONG_CODES');
  });
});

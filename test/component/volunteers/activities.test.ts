import { noticesTo } from '../../support/notices';
import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { signupIdOf } from '../../../cloudfunctions/features/volunteers/docs';
import { HOUR, memberIdOf, postActivity, teamIdByName } from './helpers';

/** Activities, sign-up and cancel, approval, roster, check-in code, attendance and hours — by role. */
describe('volunteers: activities, sign-ups, attendance', () => {
  let cloud: TestCloud;
  let teamId: string;
  const LEADER = 'demo-member-3'; // leads 城关科技下乡服务队
  const OTHER_LEADER = 'demo-member-7'; // leads another team only
  const STAFF = 'demo-staff-1';
  const audits = async (targetId: string) =>
    (await cloud.db.collection(COLLECTIONS.auditLog).where({ targetId }).orderBy('at', 'desc').limit(20).get()).data as Array<Record<string, unknown>>;

  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    teamId = await teamIdByName(cloud, '银铃耀酉水·城关科技下乡服务队');
  });
  afterAll(() => cloud.close());

  it('a leader posts for their own team (audited); a leader of another team and a plain member cannot', async () => {
    const posted = dataOf(await postActivity(cloud, LEADER, teamId, { capacity: 5 }));
    expect(posted).toMatchObject({ teamId, capacity: 5, taken: 0, waitingCount: 0, phase: 'open' });
    expect(posted).not.toHaveProperty('code');
    expect(await audits(posted.id)).toHaveLength(1);
    expect(errorOf(await postActivity(cloud, OTHER_LEADER, teamId, { capacity: 5 })).code).toBe('FORBIDDEN');
    expect(errorOf(await postActivity(cloud, 'demo-member-1', teamId, { capacity: 5 })).code).toBe('FORBIDDEN');
    dataOf(await postActivity(cloud, STAFF, teamId, { capacity: 5 }));
    // Nonsense times are refused field by field.
    const bad = await cloud.call(LEADER, 'volunteers.postActivity', {
      teamId, title: '倒过来', description: 'x', field: 'tech', place: 'x', capacity: 3,
      startAt: '2026-12-01T10:00:00+08:00', endAt: '2026-12-01T09:00:00+08:00', deadline: '2026-12-02T09:00:00+08:00',
    });
    expect(errorOf(bad)).toMatchObject({ code: 'VALIDATION_FAILED', fields: { endAt: expect.any(String), deadline: expect.any(String) } });
  });

  it('lists upcoming soonest first and past latest first, by team too', async () => {
    const upcoming = dataOf(await cloud.call('demo-member-1', 'volunteers.activities', { when: 'upcoming', pageSize: 50 })).items;
    const ends = upcoming.map((a) => a.endAt);
    expect([...ends].sort()).toEqual(ends);
    expect(upcoming.every((a) => a.phase !== 'ended')).toBe(true);
    const past = dataOf(await cloud.call('demo-member-1', 'volunteers.activities', { when: 'past', teamId })).items;
    expect(past.length).toBeGreaterThan(0);
    expect(past.every((a) => a.phase === 'ended' && a.teamId === teamId)).toBe(true);
  });

  it('signs up, cancels, and the first waiting member is promoted and notified', async () => {
    const act = dataOf(await postActivity(cloud, LEADER, teamId, { capacity: 1, title: '一个名额' }));
    expect(dataOf(await cloud.call('demo-member-1', 'volunteers.signUp', { activityId: act.id })).mine).toMatchObject({ status: 'confirmed' });
    expect(dataOf(await cloud.call('demo-member-4', 'volunteers.signUp', { activityId: act.id })).mine).toMatchObject({ status: 'waiting', waitingPosition: 1 });
    expect(dataOf(await cloud.call('demo-member-6', 'volunteers.signUp', { activityId: act.id })).mine).toMatchObject({ status: 'waiting', waitingPosition: 2 });

    const after = dataOf(await cloud.call('demo-member-1', 'volunteers.cancelSignUp', { activityId: act.id }));
    expect(after).toMatchObject({ taken: 1, waitingCount: 1, mine: { status: 'cancelled' } });
    expect(dataOf(await cloud.call('demo-member-4', 'volunteers.activity', { activityId: act.id })).mine).toMatchObject({ status: 'confirmed' });
    expect(dataOf(await cloud.call('demo-member-6', 'volunteers.activity', { activityId: act.id })).mine).toMatchObject({ status: 'waiting', waitingPosition: 1 });
    const outbox = (await noticesTo(cloud, 'demo-member-4', 5));
    expect(outbox[0]).toMatchObject({ templateId: 'activitySignup', data: { thing1: { value: '一个名额' }, phrase2: { value: '候补成功' } } });

    expect(errorOf(await cloud.call('demo-member-1', 'volunteers.cancelSignUp', { activityId: act.id })).code).toBe('NOT_SIGNED_UP');
    // Signing up again after cancelling goes to the end of the queue.
    expect(dataOf(await cloud.call('demo-member-1', 'volunteers.signUp', { activityId: act.id })).mine).toMatchObject({ status: 'waiting', waitingPosition: 2 });
  });

  it('closes sign-ups at the deadline', async () => {
    const act = dataOf(await postActivity(cloud, LEADER, teamId, { capacity: 5, startInH: 3, deadlineBeforeH: 2 }));
    cloud.clock.advance(1 * HOUR + 1);
    try {
      expect(errorOf(await cloud.call('demo-member-1', 'volunteers.signUp', { activityId: act.id })).code).toBe('SIGNUP_CLOSED');
    } finally {
      cloud.clock.advance(-(1 * HOUR + 1));
    }
  });

  it('approval: a pending sign-up holds a seat; a decline frees it for the first waiting (audited)', async () => {
    const act = dataOf(await postActivity(cloud, LEADER, teamId, { capacity: 1, needsApproval: true }));
    expect(dataOf(await cloud.call('demo-member-1', 'volunteers.signUp', { activityId: act.id })).mine?.status).toBe('pending');
    expect(dataOf(await cloud.call('demo-member-4', 'volunteers.signUp', { activityId: act.id })).mine?.status).toBe('waiting');
    const m1 = await memberIdOf(cloud, 'demo-member-1');
    const m4 = await memberIdOf(cloud, 'demo-member-4');
    expect(errorOf(await cloud.call(OTHER_LEADER, 'volunteers.decideSignUp', { activityId: act.id, memberId: m1, approve: false })).code).toBe('FORBIDDEN');
    expect(dataOf(await cloud.call(LEADER, 'volunteers.decideSignUp', { activityId: act.id, memberId: m1, approve: false })).status).toBe('declined');
    expect(dataOf(await cloud.call('demo-member-4', 'volunteers.activity', { activityId: act.id })).mine?.status).toBe('pending');
    expect(dataOf(await cloud.call(STAFF, 'volunteers.decideSignUp', { activityId: act.id, memberId: m4, approve: true })).status).toBe('confirmed');
    expect(errorOf(await cloud.call(LEADER, 'volunteers.decideSignUp', { activityId: act.id, memberId: m4, approve: true })).code).toBe('INVALID_STATE');
    // A declined member cannot simply sign up again.
    expect(errorOf(await cloud.call('demo-member-1', 'volunteers.signUp', { activityId: act.id })).code).toBe('INVALID_STATE');
  });

  it('check-in with the code, check-out, hours from check-in to check-out capped by the span; roster and corrections', async () => {
    const act = dataOf(await postActivity(cloud, LEADER, teamId, { capacity: 3, startInH: 2, hours: 2 }));
    dataOf(await cloud.call('demo-member-1', 'volunteers.signUp', { activityId: act.id }));
    cloud.clock.advance(60_000);
    dataOf(await cloud.call('demo-member-4', 'volunteers.signUp', { activityId: act.id }));

    // Only the team's leaders and staff see the code.
    expect(errorOf(await cloud.call('demo-member-1', 'volunteers.checkCode', { activityId: act.id })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call(OTHER_LEADER, 'volunteers.checkCode', { activityId: act.id })).code).toBe('FORBIDDEN');
    const { code } = dataOf(await cloud.call(LEADER, 'volunteers.checkCode', { activityId: act.id }));
    expect(code).toMatch(/^\d{4}$/);
    const wrong = code === '0000' ? '0001' : '0000';

    expect(errorOf(await cloud.call('demo-member-1', 'volunteers.checkIn', { activityId: act.id, code, step: 'in' })).code).toBe('CHECKIN_NOT_OPEN');
    cloud.clock.advance(1.5 * HOUR - 60_000); // 30 minutes before the start: check-in is open
    expect(errorOf(await cloud.call('demo-member-1', 'volunteers.checkIn', { activityId: act.id, code: wrong, step: 'in' })).code).toBe('WRONG_CODE');
    const checkedIn = dataOf(await cloud.call('demo-member-1', 'volunteers.checkIn', { activityId: act.id, code, step: 'in' }));
    expect(checkedIn.mine).toMatchObject({ checkInAt: cloud.clock.now().toISOString(), minutes: null });

    cloud.clock.advance(2.5 * HOUR); // 30 minutes after the end: capped at the end
    const out = dataOf(await cloud.call('demo-member-1', 'volunteers.checkIn', { activityId: act.id, code, step: 'out' }));
    expect(out.mine?.minutes).toBe(120);

    // demo-member-4 forgot their phone: the leader marks them in and out by hand (audited).
    const m4 = await memberIdOf(cloud, 'demo-member-4');
    expect(errorOf(await cloud.call('demo-member-6', 'volunteers.markAttendance', { activityId: act.id, memberId: m4, step: 'in' })).code).toBe('FORBIDDEN');
    dataOf(await cloud.call(LEADER, 'volunteers.markAttendance', { activityId: act.id, memberId: m4, step: 'in' }));
    const marked = dataOf(await cloud.call(LEADER, 'volunteers.markAttendance', { activityId: act.id, memberId: m4, step: 'out' }));
    expect(marked.minutes).toBe(0);
    const corrected = dataOf(await cloud.call(LEADER, 'volunteers.correctHours', { activityId: act.id, memberId: m4, minutes: 90, reason: '实际从九点干到十点半' }));
    expect(corrected).toMatchObject({ minutes: 90, corrected: true, correctionReason: '实际从九点干到十点半' });
    // Same fixed clock for all three entries, so compare them as a set.
    const trail = await audits(signupIdOf(act.id, m4));
    expect(trail.map((a) => a.action).sort()).toEqual(['volunteers.correctHours', 'volunteers.markAttendance', 'volunteers.markAttendance']);
    expect(trail.find((a) => a.action === 'volunteers.correctHours')).toMatchObject({ before: { minutes: 0 }, after: { minutes: 90, reason: '实际从九点干到十点半' } });
    const tooMuch = await cloud.call(LEADER, 'volunteers.correctHours', { activityId: act.id, memberId: m4, minutes: 121, reason: '多记一点' });
    expect(errorOf(tooMuch)).toMatchObject({ code: 'VALIDATION_FAILED', fields: { minutes: expect.any(String) } });

    const rows = dataOf(await cloud.call(LEADER, 'volunteers.roster', { activityId: act.id })).items;
    expect(rows.map((r) => [r.memberName, r.minutes])).toEqual([['张桂兰', 120], ['黄素珍', 90]]);
    expect(errorOf(await cloud.call('demo-member-1', 'volunteers.roster', { activityId: act.id })).code).toBe('FORBIDDEN');
    cloud.clock.set('2026-11-28T02:00:00.000Z');
  });

  it('five wrong codes lock self check-in; the leader can still mark', async () => {
    const act = dataOf(await postActivity(cloud, LEADER, teamId, { capacity: 3, startInH: 0.5, deadlineBeforeH: 0.25 }));
    dataOf(await cloud.call('demo-member-20', 'volunteers.signUp', { activityId: act.id }));
    const { code } = dataOf(await cloud.call(STAFF, 'volunteers.checkCode', { activityId: act.id }));
    const wrong = code === '0000' ? '0001' : '0000';
    // Each refusal says how many tries are left, counted from the stored attempts.
    for (let i = 0; i < 5; i += 1) {
      const refused = errorOf(await cloud.call('demo-member-20', 'volunteers.checkIn', { activityId: act.id, code: wrong, step: 'in' }));
      expect(refused.code).toBe('WRONG_CODE');
      expect(refused.fields?.code).toBe(i < 4 ? `签到码不对，还可以再输${4 - i}次` : '签到码不对，5次机会已用完，请找队长帮您登记');
    }
    expect(errorOf(await cloud.call('demo-member-20', 'volunteers.checkIn', { activityId: act.id, code, step: 'in' })).code).toBe('TOO_MANY_WRONG_CODES');
    const m20 = await memberIdOf(cloud, 'demo-member-20');
    expect(dataOf(await cloud.call(STAFF, 'volunteers.markAttendance', { activityId: act.id, memberId: m20, step: 'in' })).checkInAt).not.toBeNull();
    // Someone who did not sign up cannot check in.
    expect(errorOf(await cloud.call('demo-member-9', 'volunteers.checkIn', { activityId: act.id, code, step: 'in' })).code).toBe('NOT_SIGNED_UP');
  });

  it('two wrong codes at the same moment are both counted, and each is told the tries really left', async () => {
    const act = dataOf(await postActivity(cloud, LEADER, teamId, { capacity: 3, startInH: 0.5, deadlineBeforeH: 0.25 }));
    dataOf(await cloud.call('demo-member-19', 'volunteers.signUp', { activityId: act.id }));
    const { code } = dataOf(await cloud.call(STAFF, 'volunteers.checkCode', { activityId: act.id }));
    const wrong = code === '0000' ? '0001' : '0000';
    const both = await Promise.all([0, 1].map(() => cloud.call('demo-member-19', 'volunteers.checkIn', { activityId: act.id, code: wrong, step: 'in' })));
    expect(both.map((r) => errorOf(r).fields?.code).sort()).toEqual(['签到码不对，还可以再输3次', '签到码不对，还可以再输4次']);
    const m21 = await memberIdOf(cloud, 'demo-member-19');
    const stored = (await cloud.db.collection(COLLECTIONS.volunteerSignups).doc(signupIdOf(act.id, m21)).get()).data[0] as { codeFailures: number };
    expect(stored.codeFailures).toBe(2);
  });

  it('我的志愿 and the service record show past hours and the total', async () => {
    const mine = dataOf(await cloud.call('demo-member-1', 'volunteers.mine', {}));
    // Seeded: 3 past activities (180 + 120 + 150 minutes) plus the 120 served above.
    expect(mine.totalMinutes).toBe(570);
    expect(mine.servedCount).toBe(4);
    expect(mine.past.every((p) => p.phase === 'ended' && (p.mine.minutes ?? 0) > 0)).toBe(true);
    expect(mine.upcoming.length).toBeGreaterThan(0);
    const record = dataOf(await cloud.call('demo-member-1', 'volunteers.serviceRecord', {}));
    expect(record).toMatchObject({ volunteerName: '张桂兰', birthYear: 1944, totalMinutes: 570, issuer: '中共酉水县委老干部局', issuedAt: '2026-11-28' });
    expect(record.rows).toHaveLength(4);
    expect(record.rows[0]).toMatchObject({ title: expect.any(String), teamName: expect.any(String), date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });

  it('staff figures by team, field and month; members may not see them', async () => {
    const figures = dataOf(await cloud.call(STAFF, 'volunteers.figures', { from: '2026-09', to: '2026-11' }));
    expect(figures.activities).toBeGreaterThanOrEqual(6);
    expect(figures.minutes).toBe(figures.byTeam.reduce((t, r) => t + r.minutes, 0));
    expect(figures.byField.map((r) => r.label)).toEqual(expect.arrayContaining(['科技下乡', '关心下一代']));
    expect(figures.byMonth.map((r) => r.key)).toEqual([...figures.byMonth.map((r) => r.key)].sort());
    expect(errorOf(await cloud.call('demo-member-1', 'volunteers.figures', { from: '2026-09', to: '2026-11' })).code).toBe('FORBIDDEN');
  });
});

import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { auditsFor, branchOf, idOf, publishLesson } from './helpers';
import { scheduled, scheduleSession, sessionDoc, signupsOf } from './sessions-helpers';

const SEC = 'demo-secretary-education';
const OTHER_SEC = 'demo-secretary-bureau';
// demo-member-5..8 are in the education branch; demo-member-1 is in the bureau branch.

describe('院坝小讲堂: schedule, sign up, attendance, close', () => {
  let cloud: TestCloud;
  let lesson: string;
  let education: string;

  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    education = await branchOf(cloud, SEC);
    lesson = await publishLesson(cloud, SEC, { title: '廉政微课：守住小节', category: 'integrity' });
  });
  afterAll(() => cloud.close());

  it('a secretary schedules for their own branch with linked lessons; audited; members and staff may not schedule', async () => {
    const s = await scheduled(cloud, SEC, { lessonIds: [lesson], capacity: 3 });
    expect(s).toMatchObject({
      topic: '学习二十届三中全会精神', place: '龙潭村村部院坝', capacity: 3, taken: 0, seatsLeft: 3, status: 'scheduled',
      branchId: education, lessonTitles: ['廉政微课：守住小节'], canManage: true, mine: { signedUp: false, checkedIn: false },
    });
    expect(s.code).toBeUndefined();
    const audits = await auditsFor(cloud, s.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: 'sessions.schedule', actorName: '陈淑芬' });

    expect(errorOf(await scheduleSession(cloud, 'demo-member-6')).code).toBe('FORBIDDEN');
    expect(errorOf(await scheduleSession(cloud, 'demo-staff-1')).code).toBe('FORBIDDEN');
  });

  it('validation: capacity, past time, unknown lesson, unknown keys', async () => {
    expect(errorOf(await scheduleSession(cloud, SEC, { capacity: 0 })).fields).toHaveProperty('capacity');
    expect(errorOf(await scheduleSession(cloud, SEC, { capacity: 201 })).fields).toHaveProperty('capacity');
    expect(errorOf(await scheduleSession(cloud, SEC, { startAt: '2020-01-01T08:00:00+08:00' })).fields).toHaveProperty('startAt');
    expect(errorOf(await scheduleSession(cloud, SEC, { lessonIds: ['nope'] })).code).toBe('NOT_FOUND');
    expect(errorOf(await scheduleSession(cloud, SEC, { topic: '' })).fields).toHaveProperty('topic');
    expect(errorOf(await scheduleSession(cloud, SEC, { branchId: 'x' })).code).toBe('VALIDATION_FAILED');
  });

  it('members of the branch list upcoming sessions, sign up (twice = once) and cancel; other branches do not see it', async () => {
    const s = await scheduled(cloud, SEC, { capacity: 2, topic: '报名测试' });
    const listed = dataOf(await cloud.call('demo-member-6', 'sessions.list', {}));
    expect(listed.items.map((x) => x.id)).toContain(s.id);
    expect(dataOf(await cloud.call('demo-member-1', 'sessions.list', {})).items.map((x) => x.id)).not.toContain(s.id);
    expect(errorOf(await cloud.call('demo-member-1', 'sessions.get', { sessionId: s.id })).code).toBe('NOT_FOUND');
    expect(errorOf(await cloud.call('demo-member-1', 'sessions.signUp', { sessionId: s.id })).code).toBe('NOT_FOUND');

    const first = dataOf(await cloud.call('demo-member-6', 'sessions.signUp', { sessionId: s.id }));
    expect(first).toMatchObject({ taken: 1, seatsLeft: 1, mine: { signedUp: true } });
    const again = dataOf(await cloud.call('demo-member-6', 'sessions.signUp', { sessionId: s.id }));
    expect(again).toMatchObject({ taken: 1, mine: { signedUp: true } });
    dataOf(await cloud.call('demo-member-7', 'sessions.signUp', { sessionId: s.id }));
    expect(errorOf(await cloud.call('demo-member-8', 'sessions.signUp', { sessionId: s.id })).code).toBe('SESSION_FULL');

    const cancelled = dataOf(await cloud.call('demo-member-7', 'sessions.cancel', { sessionId: s.id }));
    expect(cancelled).toMatchObject({ taken: 1, mine: { signedUp: false } });
    expect(errorOf(await cloud.call('demo-member-7', 'sessions.cancel', { sessionId: s.id })).code).toBe('SESSION_NOT_SIGNED_UP');
    // The freed seat is free again; signing up after a cancel works.
    expect(dataOf(await cloud.call('demo-member-8', 'sessions.signUp', { sessionId: s.id })).taken).toBe(2);
    expect((await sessionDoc(cloud, s.id)).taken).toBe(2);
    const rows = await signupsOf(cloud, s.id);
    expect(rows.filter((r) => r.status === 'signed')).toHaveLength(2);
    expect(dataOf(await cloud.call('demo-member-6', 'sessions.get', { sessionId: s.id })).mine.signedUp).toBe(true);
  });

  it('attendance: the secretary sees the code; members check in with it; hand marks; close creates offline records', async () => {
    const s = await scheduled(cloud, SEC, { lessonIds: [lesson], capacity: 5, topic: '廉政讲堂' });
    for (const m of ['demo-member-5', 'demo-member-6', 'demo-member-7', 'demo-member-8']) dataOf(await cloud.call(m, 'sessions.signUp', { sessionId: s.id }));
    // Marks and check-ins wait for attendance to open; only the branch's secretary opens it.
    const m5 = await idOf(cloud, 'demo-member-5');
    expect(errorOf(await cloud.call(SEC, 'sessions.mark', { sessionId: s.id, memberId: m5, attendance: 'present' })).code).toBe('INVALID_STATE');
    expect(errorOf(await cloud.call('demo-member-6', 'sessions.checkIn', { sessionId: s.id, code: '1234' })).code).toBe('INVALID_STATE');
    expect(errorOf(await cloud.call(OTHER_SEC, 'sessions.openAttendance', { sessionId: s.id })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call('demo-member-6', 'sessions.openAttendance', { sessionId: s.id })).code).toBe('FORBIDDEN');

    const opened = dataOf(await cloud.call(SEC, 'sessions.openAttendance', { sessionId: s.id }));
    expect(opened.status).toBe('attendance');
    expect(opened.code).toMatch(/^\d{4}$/);
    expect(dataOf(await cloud.call(SEC, 'sessions.openAttendance', { sessionId: s.id })).code).toBe(opened.code);
    expect(dataOf(await cloud.call('demo-member-6', 'sessions.get', { sessionId: s.id })).code).toBeUndefined();
    expect(errorOf(await cloud.call('demo-member-7', 'sessions.cancel', { sessionId: s.id })).code).toBe('SESSION_SIGNUP_CLOSED');
    expect(errorOf(await cloud.call('demo-member-8', 'sessions.signUp', { sessionId: 'nope' })).code).toBe('NOT_FOUND');

    const wrong = opened.code === '0000' ? '0001' : '0000';
    const w = errorOf(await cloud.call('demo-member-6', 'sessions.checkIn', { sessionId: s.id, code: wrong }));
    expect(w.code).toBe('SESSION_WRONG_CODE');
    const ok = dataOf(await cloud.call('demo-member-6', 'sessions.checkIn', { sessionId: s.id, code: opened.code }));
    expect(ok.mine).toMatchObject({ signedUp: true, checkedIn: true, attendance: 'present' });
    expect(errorOf(await cloud.call('demo-member-1', 'sessions.checkIn', { sessionId: s.id, code: opened.code })).code).toBe('NOT_FOUND');
    expect(errorOf(await cloud.call('demo-member-6', 'sessions.checkIn', { sessionId: s.id, code: '12a4' })).code).toBe('VALIDATION_FAILED');

    // Five wrong codes and only the secretary can mark.
    for (let i = 0; i < 5; i += 1) expect(errorOf(await cloud.call('demo-member-8', 'sessions.checkIn', { sessionId: s.id, code: wrong })).code).toBe('SESSION_WRONG_CODE');
    expect(errorOf(await cloud.call('demo-member-8', 'sessions.checkIn', { sessionId: s.id, code: opened.code })).code).toBe('SESSION_TOO_MANY_WRONG_CODES');

    const m7 = await idOf(cloud, 'demo-member-7');
    const m8 = await idOf(cloud, 'demo-member-8');
    expect(dataOf(await cloud.call(SEC, 'sessions.mark', { sessionId: s.id, memberId: m5, attendance: 'late' }))).toMatchObject({ name: '何光明', attendance: 'late' });
    dataOf(await cloud.call(SEC, 'sessions.mark', { sessionId: s.id, memberId: m7, attendance: 'leave' }));
    dataOf(await cloud.call(SEC, 'sessions.mark', { sessionId: s.id, memberId: m8, attendance: 'absent' }));
    expect(errorOf(await cloud.call(OTHER_SEC, 'sessions.mark', { sessionId: s.id, memberId: m8, attendance: 'present' })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call(SEC, 'sessions.mark', { sessionId: s.id, memberId: await idOf(cloud, 'demo-member-1'), attendance: 'present' })).code).toBe('SESSION_NOT_SIGNED_UP');
    const markAudits = await auditsFor(cloud, `${s.id}_${m5}`);
    expect(markAudits[0]).toMatchObject({ action: 'sessions.mark', before: { attendance: null }, after: { attendance: 'late' } });

    const roster = dataOf(await cloud.call(SEC, 'sessions.roster', { sessionId: s.id }));
    // (The fixed clock signs everyone up at the same instant, so compare as a set.)
    expect(roster.items.map((r) => `${r.name}:${r.attendance}`).sort()).toEqual(['何光明:late', '吴玉兰:present', '彭大海:leave', '石翠英:absent'].sort());
    expect(errorOf(await cloud.call('demo-member-6', 'sessions.roster', { sessionId: s.id })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call(OTHER_SEC, 'sessions.roster', { sessionId: s.id })).code).toBe('FORBIDDEN');

    expect(errorOf(await cloud.call(SEC, 'sessions.close', { sessionId: s.id, minutes: '' })).fields).toHaveProperty('minutes');
    expect(errorOf(await cloud.call(SEC, 'sessions.close', { sessionId: s.id, minutes: '好', photoFileIds: ['http://evil'] })).fields).toBeDefined();
    // Photos must really be stored, under sessions/ (an idea's photo or a made-up id is refused).
    const photo = await cloud.deps.files.put('sessions/2026/sessionphoto0001.png', Buffer.from('\x89PNG\r\n\x1a\n'));
    const ideaPhoto = await cloud.deps.files.put('ideas/2026/ideaphotoabcd0001.png', Buffer.from('\x89PNG\r\n\x1a\n'));
    expect(errorOf(await cloud.call(SEC, 'sessions.close', { sessionId: s.id, minutes: '好', photoFileIds: [ideaPhoto] })).fields).toHaveProperty('photoFileIds');
    expect(errorOf(await cloud.call(SEC, 'sessions.close', { sessionId: s.id, minutes: '好', photoFileIds: [photo.replace('sessionphoto0001', 'sessionphoto0002')] })).fields).toHaveProperty('photoFileIds');
    const closed = dataOf(await cloud.call(SEC, 'sessions.close', {
      sessionId: s.id, minutes: '学习了条例修订要点，大家发言踊跃。', attendeeCount: 6, photoFileIds: [photo],
    }));
    expect(closed.photoFileIds).toEqual([photo]);
    // Members of the branch see the photos on the session's page.
    expect(dataOf(await cloud.call('demo-member-6', 'sessions.get', { sessionId: s.id })).photoUrls).toEqual([expect.any(String)]);
    expect(closed).toMatchObject({ status: 'closed', attendeeCount: 6, markedCount: 2, minutes: '学习了条例修订要点，大家发言踊跃。' });
    expect(closed.code).toBeUndefined();
    const sessionAudits = await auditsFor(cloud, s.id);
    expect(sessionAudits.map((a) => a.action).sort()).toEqual(['sessions.close', 'sessions.openAttendance', 'sessions.schedule']);
    expect(sessionAudits.find((a) => a.action === 'sessions.close')).toMatchObject({ after: { status: 'closed', markedCount: 2, attendeeCount: 6 } });

    const records = (await cloud.db.collection(COLLECTIONS.studyRecords).where({ branchId: education, month: '2026-11' }).limit(50).get()).data as Array<{
      kind: string; memberId: string; sessionId?: string; category?: string; title: string;
    }>;
    const offline = records.filter((r) => r.sessionId === s.id);
    expect(offline.map((r) => r.memberId).sort()).toEqual([m5, await idOf(cloud, 'demo-member-6')].sort());
    expect(offline.every((r) => r.kind === 'offline' && r.category === 'integrity' && r.title === '廉政讲堂')).toBe(true);

    // The member's 我的学习 shows it; the branch view counts the linked lesson as studied offline.
    const mine = dataOf(await cloud.call('demo-member-6', 'lessons.myStudy', {}));
    expect(mine.items).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'offline', title: '廉政讲堂' })]));
    const view = dataOf(await cloud.call(SEC, 'lessons.branchProgress', { lessonId: lesson }));
    expect(view.items.find((m) => m.memberId === m5)).toMatchObject({ studied: true, kind: 'offline' });
    expect(view.items.find((m) => m.memberId === m7)).toMatchObject({ studied: false });

    // Closed is closed: no second close, no more marks or check-ins; it moves to the past list.
    expect(errorOf(await cloud.call(SEC, 'sessions.close', { sessionId: s.id, minutes: '再来' })).code).toBe('INVALID_STATE');
    expect(errorOf(await cloud.call(SEC, 'sessions.mark', { sessionId: s.id, memberId: m7, attendance: 'present' })).code).toBe('INVALID_STATE');
    expect(dataOf(await cloud.call('demo-member-6', 'sessions.list', { when: 'past' })).items.map((x) => x.id)).toContain(s.id);
    expect(dataOf(await cloud.call('demo-member-6', 'sessions.list', {})).items.map((x) => x.id)).not.toContain(s.id);
  });

  it('the secretary lists the sessions they run; staff name a branch; members may not', async () => {
    const mine = dataOf(await cloud.call(SEC, 'sessions.manage', {}));
    expect(mine.items.length).toBeGreaterThanOrEqual(3);
    expect(mine.items.every((s) => s.branchId === education && s.canManage)).toBe(true);
    expect(dataOf(await cloud.call(OTHER_SEC, 'sessions.manage', {})).items.every((s) => s.branchId !== education)).toBe(true);
    expect(errorOf(await cloud.call(OTHER_SEC, 'sessions.manage', { branchId: education })).code).toBe('FORBIDDEN');
    expect(dataOf(await cloud.call('demo-staff-1', 'sessions.manage', { branchId: education })).items.length).toBe(mine.items.length);
    expect(errorOf(await cloud.call('demo-member-6', 'sessions.manage', {})).code).toBe('FORBIDDEN');
  });
});

import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { runTimer } from '../../../cloudfunctions/features/jobs/timer';
import { localTemplateIds } from '../../../cloudfunctions/local/emulator/openapi/console-templates';
import { activity, signedSession } from '../../support/example-state';
import { MEMBER, sessionInput } from '../../support/example-fixtures';
import { noticesTo } from '../../support/notices';
import { dataOf, startTestCloud, type TestCloud } from '../../support/test-cloud';

/**
 * The day-before reminder: a timer step that tells each member signed up for something starting
 * tomorrow (China time) once, in 消息, and by subscribe message only where they accepted the template.
 * The test clock is 2026-11-28 10:00 in China.
 */
describe('signup reminders (jobs timer)', () => {
  let cloud: TestCloud;
  const ids = localTemplateIds();
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  const reminders = async (openid: string) => (await noticesTo(cloud, openid)).filter((n) => n.templateId === 'signupReminder');
  const outbox = async (openid: string) =>
    (await cloud.db.collection(COLLECTIONS.outbox).where({ touser: openid }).orderBy('createdAt', 'desc').limit(20).get()).data as Array<{ templateId: string }>;

  it('reminds each sign-up starting tomorrow once, even with two timer runs at once; pushes only where accepted', async () => {
    // Tomorrow 2026-11-29 10:00 China: one activity and one 小讲堂; an activity in two days is not due yet.
    const tomorrowId = await activity(cloud, 1, { title: '明天的义诊', startInH: 24 });
    const laterId = await activity(cloud, 2, { title: '后天的义诊', startInH: 48 });
    dataOf(await cloud.call(MEMBER, 'volunteers.signUp', { activityId: tomorrowId }));
    dataOf(await cloud.call(MEMBER, 'volunteers.signUp', { activityId: laterId }));
    const tomorrow = new Date(cloud.clock.now().getTime() + 23.5 * 3_600_000).toISOString();
    const sessionId = dataOf(await cloud.call('demo-secretary-bureau', 'sessions.schedule', sessionInput(cloud, { topic: '明天的小讲堂', startAt: tomorrow }))).id;
    dataOf(await cloud.call(MEMBER, 'sessions.signUp', { sessionId }));
    await signedSession(cloud, 3); // three days ahead: not reminded
    // The member accepted the reminder once: one of the two reminders may go to WeChat.
    await cloud.emulator.acceptSubscriptions(MEMBER, [ids.signupReminder!]);

    const runs = await Promise.all([runTimer(cloud.deps), runTimer(cloud.deps)]);
    // A failed step is logged by the timer: shown here, should one ever fail.
    expect({ ok: runs.map((r) => r.ok), logged: runs.every((r) => r.ok) ? [] : cloud.logged }).toEqual({ ok: [true, true], logged: [] });
    const told = (runs[0].reminders?.activities ?? 0) + (runs[1].reminders?.activities ?? 0) + (runs[0].reminders?.sessions ?? 0) + (runs[1].reminders?.sessions ?? 0);
    expect(told).toBe(2);
    const mine = await reminders(MEMBER);
    expect(mine.map((n) => n.body).sort()).toEqual(['明天 10:00 在 城关镇老年活动中心：明天的义诊（2026年11月29日 10:00）', '明天 9:30 在 龙潭村村部院坝：明天的小讲堂（2026年11月29日 09:30）']);
    expect(mine.map((n) => n.page).sort()).toEqual([`pages/study/sessions/detail/index?id=${sessionId}`, `pages/volunteer/activity/index?id=${tomorrowId}`]);
    expect(mine.every((n) => n.push === 'pending')).toBe(true);

    // A timer may not 云调用: nothing went to WeChat yet. User-triggered calls (messages.unread, a few
    // at a time) send what was kept; drain them all here: only the accepted one reaches WeChat.
    expect((await outbox(MEMBER)).filter((m) => m.templateId === ids.signupReminder)).toHaveLength(0);
    await cloud.deps.notifier.drainPending(200);
    expect((await outbox(MEMBER)).filter((m) => m.templateId === ids.signupReminder)).toHaveLength(1);
    expect((await reminders(MEMBER)).map((n) => n.push).sort()).toEqual(['declined', 'sent']);

    // An hour later the timer runs again: nobody is told twice.
    cloud.clock.set(new Date(cloud.clock.now().getTime() + 3_600_000));
    const again = await runTimer(cloud.deps);
    expect(again.reminders).toEqual({ activities: 0, sessions: 0 });
    expect(await reminders(MEMBER)).toHaveLength(2);
  });

  it('keeps quiet in the night (before 08:00 China time) and reminds from the morning', async () => {
    cloud.clock.set('2026-11-29T20:00:00.000Z'); // 11-30 04:00 China
    const id = await activity(cloud, 4, { title: '十二月一日的活动', startInH: 30 }); // 12-01 10:00 China
    dataOf(await cloud.call('demo-member-2', 'volunteers.signUp', { activityId: id }));
    expect((await runTimer(cloud.deps)).reminders).toEqual({ activities: 0, sessions: 0 });
    expect(await reminders('demo-member-2')).toHaveLength(0);
    cloud.clock.set('2026-11-30T00:30:00.000Z'); // 08:30 China
    expect((await runTimer(cloud.deps)).reminders?.activities).toBeGreaterThanOrEqual(1);
    expect((await reminders('demo-member-2')).map((n) => n.body)).toContain('明天 10:00 在 城关镇老年活动中心：十二月一日的活动（2026年12月1日 10:00）');
  });

  it('a run that died between the notice and its mark: the next run keeps the one 消息 entry and marks it', async () => {
    cloud.clock.set('2026-12-01T02:00:00.000Z'); // 12-01 10:00 China
    const id = await activity(cloud, 5, { title: '十二月二日的活动', startInH: 24 });
    dataOf(await cloud.call('demo-member-3', 'volunteers.signUp', { activityId: id }));
    expect((await runTimer(cloud.deps)).reminders?.activities).toBeGreaterThanOrEqual(1);
    const signups = cloud.db.collection(COLLECTIONS.volunteerSignups);
    const mine = (await signups.where({ activityId: id }).limit(5).get()).data as Array<{ _id: string; remindedFor?: string }>;
    expect(mine.map((s) => s.remindedFor)).toEqual(['2026-12-02']);
    // As if the run had stopped after keeping the notice: the mark is gone, the entry is there.
    await signups.doc(mine[0]._id).update({ remindedFor: cloud.db.command.remove() });
    await runTimer(cloud.deps);
    expect((await reminders('demo-member-3')).filter((n) => n.body.includes('十二月二日的活动'))).toHaveLength(1);
    expect(((await signups.doc(mine[0]._id).get()).data[0] as { remindedFor?: string }).remindedFor).toBe('2026-12-02');
  });

  it('staff running the jobs now send the same reminders, and the timer after them tells nobody twice', async () => {
    cloud.clock.set('2026-12-03T02:00:00.000Z'); // 12-03 10:00 China
    const id = await activity(cloud, 6, { title: '十二月四日的活动', startInH: 24 });
    dataOf(await cloud.call('demo-member-4', 'volunteers.signUp', { activityId: id }));
    expect(dataOf(await cloud.call('demo-staff-1', 'jobs.runNow', {})).signupReminders).toBe(1);
    expect((await runTimer(cloud.deps)).reminders).toEqual({ activities: 0, sessions: 0 });
    const told = (await reminders('demo-member-4')).filter((n) => n.body.includes('十二月四日的活动'));
    expect(told).toHaveLength(1);
    expect(told[0].push).toBe('pending'); // sent from the kept entry by the member's next call, like the timer's
  });
});

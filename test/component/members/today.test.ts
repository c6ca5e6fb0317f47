import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { activity, ideaAt, publishedLesson } from '../../support/example-state';
import { MEMBER, SECRETARY, sessionInput } from '../../support/example-fixtures';
import { dataOf, startTestCloud, type TestCloud } from '../../support/test-cloud';

/** members.today: the home page's one call, only the caller's own things. */
describe('members.today', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  it('a member with nothing of their own sees empty lists and no unread 消息', async () => {
    const fresh = dataOf(await cloud.call('demo-member-13', 'members.today', {}));
    expect(fresh.signups).toEqual([]);
    expect(fresh.answeredIdeas).toEqual([]);
    expect(fresh.unread).toBe(0);
  });

  it('shows my next sign-ups soonest first, my answered idea, lessons new this week, my unread count', async () => {
    const later = await activity(cloud, 1, { title: '后天的义诊', startInH: 48 });
    const soon = await activity(cloud, 2, { title: '明天的义诊', startInH: 24 });
    dataOf(await cloud.call(MEMBER, 'volunteers.signUp', { activityId: later }));
    dataOf(await cloud.call(MEMBER, 'volunteers.signUp', { activityId: soon }));
    const sessionId = dataOf(await cloud.call(SECRETARY, 'sessions.schedule', sessionInput(cloud, { topic: '今天下午的小讲堂', startAt: '2026-11-28T07:00:00.000Z' }))).id;
    dataOf(await cloud.call(MEMBER, 'sessions.signUp', { sessionId }));
    const ideaId = await ideaAt(cloud, 1, 'resolved');
    const lessonId = await publishedLesson(cloud, 1);
    const unread = (await cloud.db.collection(COLLECTIONS.messages).where({ openid: MEMBER, readAt: null }).count()).total;

    const today = dataOf(await cloud.call(MEMBER, 'members.today', {}));
    // Soonest first and at most three (the seeded demo member has one more sign-up of their own).
    const starts = today.signups.map((s) => s.startAt);
    expect(starts).toEqual([...starts].sort());
    expect(today.signups).toHaveLength(3);
    const titles = today.signups.map((s) => s.title);
    expect(titles.indexOf('今天下午的小讲堂')).toBeLessThan(titles.indexOf('明天的义诊'));
    expect(titles).not.toContain('后天的义诊');
    expect(today.signups.find((s) => s.kind === 'session')).toMatchObject({ id: sessionId, place: '龙潭村村部院坝', startAt: '2026-11-28T07:00:00.000Z' });
    expect(today.answeredIdeas).toEqual([expect.objectContaining({ id: ideaId, stateLabel: '已办结' })]);
    expect(today.newLessons.map((l) => l.id)).toContain(lessonId);
    expect(unread).toBeGreaterThan(0);
    expect(today.unread).toBe(unread);

    // Someone else in the same branch sees none of it, but the same new lessons.
    const other = dataOf(await cloud.call('demo-member-2', 'members.today', {}));
    expect(other.signups.map((s) => s.id)).not.toContain(sessionId);
    expect(other.answeredIdeas.map((i) => i.id)).not.toContain(ideaId);
    expect(other.newLessons.map((l) => l.id)).toContain(lessonId);
  });

  it('a cancelled sign-up and a called-off session are not shown', async () => {
    const id = await activity(cloud, 3, { title: '要退出的活动', startInH: 30 });
    dataOf(await cloud.call('demo-member-4', 'volunteers.signUp', { activityId: id }));
    dataOf(await cloud.call('demo-member-4', 'volunteers.cancelSignUp', { activityId: id }));
    const sessionId = dataOf(await cloud.call(SECRETARY, 'sessions.schedule', sessionInput(cloud, { topic: '要取消的小讲堂' }))).id;
    dataOf(await cloud.call('demo-member-4', 'sessions.signUp', { sessionId }));
    dataOf(await cloud.call(SECRETARY, 'sessions.cancelSession', { sessionId, reason: '下雨改期' }));
    const today = dataOf(await cloud.call('demo-member-4', 'members.today', {}));
    expect(today.signups.map((s) => s.title)).not.toEqual(expect.arrayContaining(['要退出的活动']));
    expect(today.signups.map((s) => s.title)).not.toEqual(expect.arrayContaining(['要取消的小讲堂']));
  });
});

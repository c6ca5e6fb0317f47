import { noticesTo } from '../../support/notices';
import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { postActivity, registerMany, teamIdByName } from './helpers';

/**
 * Capacity under concurrency: many more members than seats tap 报名 at the
 * same moment; the seats never over-fill, the rest queue in order, and one member's 20 taps hold one place.
 */
describe('volunteers: sign-up under concurrency', () => {
  let cloud: TestCloud;
  let teamId: string;
  let people: string[];

  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    teamId = await teamIdByName(cloud, '银铃耀酉水·城关科技下乡服务队');
    people = await registerMany(cloud, 'load', 40);
  }, 60_000);
  afterAll(() => cloud.close());

  const signupsOf = async (activityId: string) =>
    (await cloud.db.collection(COLLECTIONS.volunteerSignups).where({ activityId }).orderBy('signedAt', 'asc').limit(100).get()).data as Array<{ memberId: string; status: string }>;
  const activityDoc = async (id: string) =>
    (await cloud.db.collection(COLLECTIONS.volunteerActivities).doc(id).get()).data[0] as { taken: number; waiting: string[] };

  it('40 members at once for 8 seats: exactly 8 seated, 32 waiting, counts agree with rows', async () => {
    const act = dataOf(await postActivity(cloud, 'demo-staff-1', teamId, { capacity: 8 }));
    const answers = await Promise.all(people.map((openid) => cloud.call(openid, 'volunteers.signUp', { activityId: act.id })));
    const statuses = answers.map((a) => dataOf(a).mine?.status);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(8);
    expect(statuses.filter((s) => s === 'waiting')).toHaveLength(32);

    const rows = await signupsOf(act.id);
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(8);
    const doc = await activityDoc(act.id);
    expect(doc.taken).toBe(8);
    expect(doc.waiting).toHaveLength(32);
    expect(new Set(doc.waiting).size).toBe(32);
    // Each waiting member was told their own place, 1..32 without gaps or repeats.
    const places = answers.map((a) => dataOf(a).mine?.waitingPosition).filter((p): p is number => p !== null).sort((x, y) => x - y);
    expect(places).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
  }, 60_000);

  it('cancellations promote the waiting list in order, also when several cancel at once', async () => {
    const act = dataOf(await postActivity(cloud, 'demo-staff-1', teamId, { capacity: 3 }));
    for (const openid of people.slice(0, 8)) dataOf(await cloud.call(openid, 'volunteers.signUp', { activityId: act.id }));
    const before = await activityDoc(act.id);
    expect(before.waiting).toHaveLength(5);

    // The three seated members cancel at the same moment: the first three waiting take their seats.
    await Promise.all(people.slice(0, 3).map((openid) => cloud.call(openid, 'volunteers.cancelSignUp', { activityId: act.id })));
    const after = await activityDoc(act.id);
    expect(after.taken).toBe(3);
    expect(after.waiting).toEqual(before.waiting.slice(3));
    const seated = (await signupsOf(act.id)).filter((r) => r.status === 'confirmed').map((r) => r.memberId).sort();
    expect(seated).toEqual([...before.waiting.slice(0, 3)].sort());
    const notified = (await noticesTo(cloud, people[3], 5));
    expect(notified.length).toBeGreaterThan(0);
  }, 60_000);

  it("one member's 20 concurrent taps (20 different requests) hold one place", async () => {
    const act = dataOf(await postActivity(cloud, 'demo-staff-1', teamId, { capacity: 2 }));
    const taps = await Promise.all(Array.from({ length: 20 }, () => cloud.call('demo-member-1', 'volunteers.signUp', { activityId: act.id })));
    expect(taps.every((t) => dataOf(t).mine?.status === 'confirmed')).toBe(true);
    expect(await signupsOf(act.id)).toHaveLength(1);
    expect((await activityDoc(act.id)).taken).toBe(1);
  }, 60_000);

  it('an unknown activity is ACTIVITY_NOT_FOUND for sign-up and cancel', async () => {
    expect(errorOf(await cloud.call('demo-member-2', 'volunteers.signUp', { activityId: 'nope' })).code).toBe('ACTIVITY_NOT_FOUND');
    expect(errorOf(await cloud.call('demo-member-2', 'volunteers.cancelSignUp', { activityId: 'nope' })).code).toBe('ACTIVITY_NOT_FOUND');
  });
});

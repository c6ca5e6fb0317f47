import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { auditsFor } from '../lessons/helpers';
import { scheduled, scheduleSession } from '../lessons/sessions-helpers';

const STAFF = 'demo-staff-1';
const SEC = 'demo-secretary-education';

/** 地点 entered once by staff; a 小讲堂 keeps its own copy of the chosen place and shows who to call. */
describe('places: kept by staff, chosen for a 小讲堂', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  const input = { name: '兴隆镇文化站', address: '酉水县兴隆镇兴隆街32号', latitude: 28.91, longitude: 108.83 };

  it('staff add a place (audited) and correct it; names are unique; members list them; only staff save', async () => {
    const made = dataOf(await cloud.call(STAFF, 'places.save', input));
    expect(made).toMatchObject(input);
    expect((await auditsFor(cloud, made.id))[0]).toMatchObject({ action: 'places.save', before: null, after: input });
    expect(errorOf(await cloud.call(STAFF, 'places.save', { ...input, address: '别处' })).code).toBe('PLACE_NAME_TAKEN');
    const fixed = dataOf(await cloud.call(STAFF, 'places.save', { ...input, placeId: made.id, address: '酉水县兴隆镇兴隆街36号' }));
    expect(fixed).toMatchObject({ id: made.id, address: '酉水县兴隆镇兴隆街36号' });
    const listed = dataOf(await cloud.call('demo-member-5', 'places.list', {})).items;
    expect(listed.map((p) => p.name)).toEqual(expect.arrayContaining(['兴隆镇文化站', '城关社区村部院坝', '龙潭村村部院坝']));
    expect(errorOf(await cloud.call(SEC, 'places.save', input)).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call(STAFF, 'places.save', { ...input, placeId: 'nosuchplace' })).code).toBe('NOT_FOUND');
    expect(errorOf(await cloud.call(STAFF, 'places.save', { ...input, name: '另一处', latitude: 91 })).fields).toHaveProperty('latitude');
  });

  it('a 小讲堂 keeps a copy of the chosen place and the organiser\'s phone; a later edit of the place does not rewrite it', async () => {
    const place = dataOf(await cloud.call(STAFF, 'places.save', { ...input, name: '龙潭镇敬老院' }));
    const s = await scheduled(cloud, SEC, { placeId: place.id, place: '龙潭镇敬老院' });
    const secretary = (await cloud.db.collection(COLLECTIONS.members).where({ openid: SEC }).limit(1).get()).data[0] as { name: string; phone: string };
    const seen = dataOf(await cloud.call('demo-member-6', 'sessions.get', { sessionId: s.id }));
    expect(seen.placeInfo).toEqual({ name: '龙潭镇敬老院', address: input.address, latitude: input.latitude, longitude: input.longitude });
    expect(seen.organiser).toEqual({ name: secretary.name, phone: secretary.phone });
    dataOf(await cloud.call(STAFF, 'places.save', { ...input, placeId: place.id, name: '龙潭镇敬老院（新址）', address: '新地址' }));
    expect(dataOf(await cloud.call('demo-member-6', 'sessions.get', { sessionId: s.id })).placeInfo?.address).toBe(input.address);
    // Outside the branch the session, and so the phone, is not found.
    expect(errorOf(await cloud.call('demo-member-1', 'sessions.get', { sessionId: s.id })).code).toBe('NOT_FOUND');
    const unknown = errorOf(await scheduleSession(cloud, SEC, { placeId: 'nosuchplace' }));
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', fields: { placeId: expect.any(String) } });
  });
});

/** The same for volunteer activities: the chosen place is copied, and the leader who posted it can be rung. */
describe('places: chosen for a volunteer activity', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  const at = (hours: number) => new Date(Date.parse('2026-11-28T02:00:00.000Z') + hours * 3600 * 1000).toISOString();
  const activity = (teamId: string, over: Record<string, unknown> = {}) => ({
    teamId, title: '陪老人读报', description: '到敬老院给老人读报。', field: 'tech', startAt: at(48), endAt: at(50), deadline: at(24), place: '城关社区村部院坝', capacity: 5, ...over,
  });

  it('posting with a place keeps its copy and the poster\'s phone; choosing another place on edit replaces it; a typed place drops it', async () => {
    const team = ((await cloud.db.collection(COLLECTIONS.volunteerTeams).where({ name: '银铃耀酉水·城关科技下乡服务队' }).limit(1).get()).data[0] as { _id: string })._id;
    const places = dataOf(await cloud.call(STAFF, 'places.list', {})).items;
    const [first, second] = places;
    const posted = dataOf(await cloud.call(STAFF, 'volunteers.postActivity', activity(team, { placeId: first.id, place: first.name })));
    const staff = (await cloud.db.collection(COLLECTIONS.members).where({ openid: STAFF }).limit(1).get()).data[0] as { name: string; phone: string };
    expect(posted.placeInfo).toEqual({ name: first.name, address: first.address, latitude: first.latitude, longitude: first.longitude });
    expect(posted.organiser).toEqual({ name: staff.name, phone: staff.phone });

    const edit = (over: Record<string, unknown>) => {
      const { teamId: _team, ...rest } = activity(team, over);
      return cloud.call(STAFF, 'volunteers.editActivity', { activityId: posted.id, ...rest });
    };
    const moved = dataOf(await edit({ placeId: second.id, place: second.name }));
    expect(moved.placeInfo?.name).toBe(second.name);
    // Post and edit share the test clock's instant: find the edit's entry by its action, not by order.
    expect((await auditsFor(cloud, posted.id)).find((a) => a.action === 'volunteers.editActivity')).toMatchObject({ action: 'volunteers.editActivity', before: { placeInfo: { name: first.name } }, after: { placeInfo: { name: second.name } } });
    // The same place name without a new choice keeps the copy; a typed-in place has no map position.
    expect(dataOf(await edit({ place: second.name })).placeInfo?.name).toBe(second.name);
    expect(dataOf(await edit({ place: '李家院子' })).placeInfo).toBeUndefined();
    const stored = (await cloud.db.collection(COLLECTIONS.volunteerActivities).doc(posted.id).get()).data[0] as { placeInfo?: unknown };
    expect(stored.placeInfo).toBeUndefined();
    expect(errorOf(await cloud.call(STAFF, 'volunteers.postActivity', activity(team, { placeId: 'nosuchplace' }))).code).toBe('NOT_FOUND');
  });
});

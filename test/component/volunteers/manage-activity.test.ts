import { noticesTo } from '../../support/notices';
import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { checked } from '../../../cloudfunctions/platform/database';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { crashAfterCommit, memberIdOf, postActivity, registerMany, teamIdByName, HOUR } from './helpers';

/** Editing and calling off an activity, per role; and the activity's copy of its team's leaders. */
describe('volunteers: edit and cancel an activity; leaders read from the team', () => {
  let cloud: TestCloud;
  let teamId: string;
  const LEADER = 'demo-member-3'; // leads 城关科技下乡服务队
  const OTHER_LEADER = 'demo-member-7'; // leads another team only
  const STAFF = 'demo-staff-1';
  const MEMBER = 'demo-member-1';

  const audits = async (targetId: string) =>
    (await cloud.db.collection(COLLECTIONS.auditLog).where({ targetId }).orderBy('at', 'desc').limit(20).get()).data as Array<Record<string, unknown>>;
  // The test clock moves back and forth here, so "newest" is found by the activity, not by time.
  const outboxOf = async (touser: string, activityId?: string) =>
    (await noticesTo(cloud, touser, 50)).filter((m) => !activityId || m.page.endsWith(`id=${activityId}`)) as Array<Record<string, unknown>>;
  const editInput = (a: { id: string; startAt: string; endAt: string; deadline: string }, change: Record<string, unknown> = {}) => ({
    activityId: a.id, title: '测试活动', description: '活动内容', field: 'tech', place: '城关镇老年活动中心', capacity: 2,
    startAt: a.startAt, endAt: a.endAt, deadline: a.deadline, ...change,
  });
  const activityDoc = async (id: string) => (await cloud.db.collection(COLLECTIONS.volunteerActivities).doc(id).get()).data[0] as Record<string, unknown>;

  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    teamId = await teamIdByName(cloud, '银铃耀酉水·城关科技下乡服务队');
  });
  afterAll(() => cloud.close());

  it('capacity may not drop below the seats taken: a clear error, nothing changed, nothing audited', async () => {
    const act = dataOf(await postActivity(cloud, LEADER, teamId, { capacity: 2, title: '减少名额' }));
    dataOf(await cloud.call(MEMBER, 'volunteers.signUp', { activityId: act.id }));
    dataOf(await cloud.call('demo-member-4', 'volunteers.signUp', { activityId: act.id }));
    const auditsBefore = (await audits(act.id)).length;
    const err = errorOf(await cloud.call(LEADER, 'volunteers.editActivity', editInput(act, { capacity: 1 })));
    expect(err).toMatchObject({ code: 'CAPACITY_BELOW_TAKEN', fields: { capacity: expect.stringContaining('2') } });
    expect(await activityDoc(act.id)).toMatchObject({ capacity: 2, taken: 2 });
    expect(await audits(act.id)).toHaveLength(auditsBefore);
    // Exactly the seats taken is fine.
    expect(dataOf(await cloud.call(LEADER, 'volunteers.editActivity', editInput(act, { capacity: 2, title: '名额不变' })))).toMatchObject({ capacity: 2, title: '名额不变' });
  });

  it('more seats go to the people waiting, in order, and they are told; the change is audited once', async () => {
    const act = dataOf(await postActivity(cloud, LEADER, teamId, { capacity: 1, title: '加名额' }));
    for (const who of [MEMBER, 'demo-member-4', 'demo-member-6', 'demo-member-8']) dataOf(await cloud.call(who, 'volunteers.signUp', { activityId: act.id }));
    const edited = dataOf(await cloud.call(STAFF, 'volunteers.editActivity', editInput(act, { capacity: 3, title: '加名额' })));
    expect(edited).toMatchObject({ capacity: 3, taken: 3, waitingCount: 1, canManage: true });
    expect(dataOf(await cloud.call('demo-member-4', 'volunteers.activity', { activityId: act.id })).mine).toMatchObject({ status: 'confirmed' });
    expect(dataOf(await cloud.call('demo-member-6', 'volunteers.activity', { activityId: act.id })).mine).toMatchObject({ status: 'confirmed' });
    expect(dataOf(await cloud.call('demo-member-8', 'volunteers.activity', { activityId: act.id })).mine).toMatchObject({ status: 'waiting', waitingPosition: 1 });
    expect((await outboxOf('demo-member-6'))[0]).toMatchObject({ data: { thing1: { value: '加名额' }, phrase2: { value: '候补成功' } } });
    const trail = (await audits(act.id)).filter((e) => e.before !== null);
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ before: { capacity: 1 }, after: { capacity: 3, promoted: [await memberIdOf(cloud, 'demo-member-4'), await memberIdOf(cloud, 'demo-member-6')] } });
  });

  it('a new time or place follows into 我的志愿 and everyone signed up or waiting is told', async () => {
    const act = dataOf(await postActivity(cloud, LEADER, teamId, { capacity: 1, title: '改时间' }));
    dataOf(await cloud.call(MEMBER, 'volunteers.signUp', { activityId: act.id }));
    dataOf(await cloud.call('demo-member-4', 'volunteers.signUp', { activityId: act.id }));
    const start = Date.parse(act.startAt) + 24 * HOUR;
    const moved = editInput(act, {
      capacity: 1, title: '改时间', place: '龙潭镇村委会',
      startAt: new Date(start).toISOString(), endAt: new Date(start + 3 * HOUR).toISOString(), deadline: new Date(start - HOUR).toISOString(),
    });
    dataOf(await cloud.call(LEADER, 'volunteers.editActivity', moved));
    const mine = dataOf(await cloud.call(MEMBER, 'volunteers.mine', {})).upcoming.find((a) => a.activityId === act.id);
    expect(mine).toMatchObject({ place: '龙潭镇村委会', startAt: new Date(start).toISOString() });
    for (const who of [MEMBER, 'demo-member-4']) {
      expect((await outboxOf(who, act.id))[0]).toMatchObject({ data: { thing1: { value: '改时间' }, phrase2: { value: '安排有变' } } });
    }
  });

  it('only leaders of the team and staff edit or cancel; not once it has started', async () => {
    const act = dataOf(await postActivity(cloud, LEADER, teamId, { capacity: 3, title: '谁能改' }));
    expect(errorOf(await cloud.call(OTHER_LEADER, 'volunteers.editActivity', editInput(act))).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call(MEMBER, 'volunteers.editActivity', editInput(act))).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call(OTHER_LEADER, 'volunteers.cancelActivity', { activityId: act.id, reason: '下雨' })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call(MEMBER, 'volunteers.cancelActivity', { activityId: act.id, reason: '下雨' })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call(LEADER, 'volunteers.cancelActivity', { activityId: act.id, reason: '' })).code).toBe('VALIDATION_FAILED');
    expect(await activityDoc(act.id)).toMatchObject({ cancelled: false, title: '谁能改' });
    // Under way: neither edit nor cancel.
    const now = dataOf(await postActivity(cloud, LEADER, teamId, { capacity: 3, startInH: 2, deadlineBeforeH: 1, title: '马上开始' }));
    cloud.clock.advance(2.5 * HOUR);
    try {
      const later = new Date(cloud.clock.now().getTime() + 24 * HOUR);
      expect(errorOf(await cloud.call(LEADER, 'volunteers.editActivity', editInput(now, {
        startAt: later.toISOString(), endAt: new Date(later.getTime() + HOUR).toISOString(), deadline: later.toISOString(),
      }))).code).toBe('INVALID_STATE');
      expect(errorOf(await cloud.call(STAFF, 'volunteers.cancelActivity', { activityId: now.id, reason: '来不及了' })).code).toBe('INVALID_STATE');
    } finally {
      cloud.clock.advance(-2.5 * HOUR);
    }
  });

  it('cancelling tells everyone signed up or waiting, frees nothing silently, is audited, and is final', async () => {
    const act = dataOf(await postActivity(cloud, LEADER, teamId, { capacity: 1, title: '取消的活动' }));
    dataOf(await cloud.call(MEMBER, 'volunteers.signUp', { activityId: act.id }));
    dataOf(await cloud.call('demo-member-4', 'volunteers.signUp', { activityId: act.id }));
    const auditsBefore = (await audits(act.id)).length;
    const done = dataOf(await cloud.call(LEADER, 'volunteers.cancelActivity', { activityId: act.id, reason: '暴雨预警' }));
    expect(done).toMatchObject({ phase: 'cancelled', cancelReason: '暴雨预警', taken: 1, waitingCount: 1 });
    const trail = await audits(act.id);
    expect(trail).toHaveLength(auditsBefore + 1);
    expect(trail.find((e) => e.before !== null)).toMatchObject({ before: { cancelled: false }, after: { cancelled: true, reason: '暴雨预警', seatsTaken: 1, waiting: 1 } });
    for (const who of [MEMBER, 'demo-member-4']) {
      expect((await outboxOf(who, act.id))[0]).toMatchObject({ templateId: 'activitySignup', data: { thing1: { value: '取消的活动' }, phrase2: { value: '活动已取消' } } });
    }
    // Their places are kept and shown as called off, not silently gone.
    const mine = dataOf(await cloud.call(MEMBER, 'volunteers.mine', {})).upcoming.find((a) => a.activityId === act.id);
    expect(mine).toMatchObject({ phase: 'cancelled', mine: { status: 'confirmed' } });
    expect(dataOf(await cloud.call('demo-member-4', 'volunteers.activity', { activityId: act.id }))).toMatchObject({ phase: 'cancelled', mine: { status: 'waiting' } });
    // Final: nobody is promoted by a later cancel, nobody signs up, no second cancel or edit.
    expect(errorOf(await cloud.call(MEMBER, 'volunteers.cancelSignUp', { activityId: act.id })).code).toBe('INVALID_STATE');
    expect(errorOf(await cloud.call('demo-member-6', 'volunteers.signUp', { activityId: act.id })).code).toBe('ACTIVITY_NOT_FOUND');
    expect(errorOf(await cloud.call(STAFF, 'volunteers.cancelActivity', { activityId: act.id, reason: '再取消' })).code).toBe('INVALID_STATE');
    expect(errorOf(await cloud.call(LEADER, 'volunteers.editActivity', editInput(act, { capacity: 5 }))).code).toBe('INVALID_STATE');
    expect((await outboxOf('demo-member-4')).filter((m) => String(m.page).endsWith(act.id))).toHaveLength(1);
  });

  it('leaders are read from the team: a stale copy of leaders on an activity grants nothing', async () => {
    const act = dataOf(await postActivity(cloud, LEADER, teamId, { capacity: 3, title: '旧的队长名单' }));
    // What the old design could leave behind when its second step (rewrite every activity's copy) never ran.
    const outsider = await memberIdOf(cloud, 'demo-member-8');
    checked(await cloud.db.collection(COLLECTIONS.volunteerActivities).doc(act.id).update({ leaderIds: [outsider] }));
    expect(dataOf(await cloud.call('demo-member-8', 'volunteers.activity', { activityId: act.id })).canManage).toBe(false);
    expect(errorOf(await cloud.call('demo-member-8', 'volunteers.roster', { activityId: act.id })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call('demo-member-8', 'volunteers.checkCode', { activityId: act.id })).code).toBe('FORBIDDEN');
    expect(dataOf(await cloud.call(LEADER, 'volunteers.activity', { activityId: act.id })).canManage).toBe(true);
    dataOf(await cloud.call(LEADER, 'volunteers.checkCode', { activityId: act.id }));
  });

  it('an edit or a cancel that dies right after its commit is finished by the same request retried: no sign-up left behind', async () => {
    const act = dataOf(await postActivity(cloud, LEADER, teamId, { capacity: 1, title: '断电前' }));
    for (const who of [MEMBER, 'demo-member-4', 'demo-member-6']) dataOf(await cloud.call(who, 'volunteers.signUp', { activityId: act.id }));
    dataOf(await cloud.call('demo-member-6', 'volunteers.cancelSignUp', { activityId: act.id }));
    const real = cloud.deps.db;
    const start = Date.parse(act.startAt) + 24 * HOUR;
    const moved = editInput(act, {
      capacity: 1, title: '断电后', place: '县老年大学',
      startAt: new Date(start).toISOString(), endAt: new Date(start + HOUR).toISOString(), deadline: new Date(start - HOUR).toISOString(),
    });
    const copies = async () => (await real.collection(COLLECTIONS.volunteerSignups).where({ activityId: act.id }).limit(10).get()).data as Array<Record<string, unknown>>;
    // The batch update of the copies "crashes" after the activity's transaction committed.
    cloud.deps.db = crashAfterCommit(real);
    const died = await cloud.call(LEADER, 'volunteers.editActivity', moved, 'edit-dies-after-commit');
    cloud.deps.db = real;
    expect(died.ok).toBe(false);
    expect(await activityDoc(act.id)).toMatchObject({ title: '断电后' });
    expect((await copies()).some((c) => c.title === '断电前')).toBe(true);
    dataOf(await cloud.call(LEADER, 'volunteers.editActivity', moved, 'edit-dies-after-commit'));
    const after = await copies();
    expect(after).toHaveLength(3);
    for (const c of after) expect(c).toMatchObject({ title: '断电后', place: '县老年大学', activityStart: new Date(start) });
    // One audited change, not two: the retry found nothing left to change on the activity.
    const audits = (await real.collection(COLLECTIONS.auditLog).where({ targetType: 'volunteer_activity', targetId: act.id, action: 'volunteers.editActivity' }).limit(10).get()).data;
    expect(audits).toHaveLength(1);

    cloud.deps.db = crashAfterCommit(real);
    expect((await cloud.call(LEADER, 'volunteers.cancelActivity', { activityId: act.id, reason: '场地维修' }, 'cancel-dies-after-commit')).ok).toBe(false);
    cloud.deps.db = real;
    dataOf(await cloud.call(LEADER, 'volunteers.cancelActivity', { activityId: act.id, reason: '场地维修' }, 'cancel-dies-after-commit'));
    expect((await copies()).every((c) => c.activityCancelled === true)).toBe(true);
  });

  it('copies an earlier edit left behind (a call that died after its commit) are brought up by the next edit', async () => {
    const act = dataOf(await postActivity(cloud, LEADER, teamId, { capacity: 5, title: '补齐前' }));
    dataOf(await cloud.call(MEMBER, 'volunteers.signUp', { activityId: act.id }));
    dataOf(await cloud.call('demo-member-4', 'volunteers.signUp', { activityId: act.id }));
    const signups = cloud.db.collection(COLLECTIONS.volunteerSignups);
    const [first] = (await signups.where({ activityId: act.id }).limit(1).get()).data as Array<{ _id: string }>;
    // As if an edit had committed and then died before its batch update reached this sign-up.
    await signups.doc(first._id).update({ title: '旧标题', copyRevision: -1 });
    dataOf(await cloud.call(LEADER, 'volunteers.editActivity', editInput(act, { capacity: 5, title: '补齐后' })));
    const docs = (await signups.where({ activityId: act.id }).limit(10).get()).data as Array<Record<string, unknown>>;
    expect(docs.map((d) => d.title)).toEqual(['补齐后', '补齐后']);
    const revision = (await activityDoc(act.id)).copyRevision;
    expect(docs.every((d) => d.copyRevision === revision)).toBe(true);
  });

  it('sign-ups racing an edit all end up with the new title and time (the edit re-reads when one slips in)', async () => {
    const act = dataOf(await postActivity(cloud, LEADER, teamId, { capacity: 30, title: '赛跑前' }));
    const people = await registerMany(cloud, 'race-edit', 12);
    const start = Date.parse(act.startAt) + 2 * HOUR;
    const moved = editInput(act, {
      capacity: 30, title: '赛跑后', startAt: new Date(start).toISOString(), endAt: new Date(start + HOUR).toISOString(), deadline: act.deadline,
    });
    const results = await Promise.all([
      ...people.slice(0, 6).map((p) => cloud.call(p, 'volunteers.signUp', { activityId: act.id })),
      cloud.call(LEADER, 'volunteers.editActivity', moved),
      ...people.slice(6).map((p) => cloud.call(p, 'volunteers.signUp', { activityId: act.id })),
    ]);
    for (const r of results) dataOf(r);
    const docs = (await cloud.db.collection(COLLECTIONS.volunteerSignups).where({ activityId: act.id }).limit(50).get()).data as Array<Record<string, unknown>>;
    expect(docs).toHaveLength(12);
    for (const d of docs) expect(d).toMatchObject({ title: '赛跑后', activityStart: new Date(start) });
    expect(await activityDoc(act.id)).toMatchObject({ taken: 12 });
  });
});

describe('volunteers.searchTalent: staff see the phone on file, members never', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  it('gives staff each person\'s phone; the member\'s own entry has none', async () => {
    const items = dataOf(await cloud.call('demo-staff-1', 'volunteers.searchTalent', { skill: 'agri', pageSize: 20 })).items;
    expect(items.length).toBeGreaterThan(0);
    for (const t of items) {
      const m = (await cloud.db.collection(COLLECTIONS.members).doc(t.memberId).get()).data[0] as { phone?: string };
      expect(t.phone).toBe(m.phone);
    }
    dataOf(await cloud.call('demo-member-5', 'volunteers.setSkills', { skills: ['legal'] }));
    expect(dataOf(await cloud.call('demo-member-5', 'volunteers.mySkills', {}))).not.toHaveProperty('phone');
    expect(dataOf(await cloud.call('demo-member-5', 'volunteers.setSkills', { skills: ['legal'] }))).not.toHaveProperty('phone');
  });
});

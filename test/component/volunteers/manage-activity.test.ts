import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { checked } from '../../../cloudfunctions/platform/database';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { afterQueries, crashAfterCommit, memberIdOf, postActivity, registerMany, teamIdByName, HOUR } from './helpers';

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
  const outboxOf = async (touser: string) =>
    (await cloud.db.collection(COLLECTIONS.outbox).where({ touser }).orderBy('createdAt', 'desc').limit(20).get()).data as Array<Record<string, unknown>>;
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
      expect((await outboxOf(who))[0]).toMatchObject({ data: { thing1: { value: '改时间' }, phrase2: { value: '安排有变' } } });
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
      expect((await outboxOf(who))[0]).toMatchObject({ templateId: 'TPL_volunteer_signup', data: { thing1: { value: '取消的活动' }, phrase2: { value: '活动已取消' } } });
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

  it('an edit or a cancel leaves no sign-up behind, even if the function dies right after its transaction', async () => {
    const act = dataOf(await postActivity(cloud, LEADER, teamId, { capacity: 1, title: '断电前' }));
    for (const who of [MEMBER, 'demo-member-4', 'demo-member-6']) dataOf(await cloud.call(who, 'volunteers.signUp', { activityId: act.id }));
    dataOf(await cloud.call('demo-member-6', 'volunteers.cancelSignUp', { activityId: act.id }));
    const real = cloud.deps.db;
    // Any multi-document update outside a transaction "crashes": the old edit did its sign-up copies that way.
    cloud.deps.db = crashAfterCommit(real);
    try {
      const start = Date.parse(act.startAt) + 24 * HOUR;
      const moved = editInput(act, {
        capacity: 1, title: '断电后', place: '县老年大学',
        startAt: new Date(start).toISOString(), endAt: new Date(start + HOUR).toISOString(), deadline: new Date(start - HOUR).toISOString(),
      });
      dataOf(await cloud.call(LEADER, 'volunteers.editActivity', moved));
      const copies = (await real.collection(COLLECTIONS.volunteerSignups).where({ activityId: act.id }).limit(10).get()).data as Array<Record<string, unknown>>;
      expect(copies).toHaveLength(3);
      for (const c of copies) expect(c).toMatchObject({ title: '断电后', place: '县老年大学', activityStart: new Date(start) });
      dataOf(await cloud.call(LEADER, 'volunteers.cancelActivity', { activityId: act.id, reason: '场地维修' }));
      const after = (await real.collection(COLLECTIONS.volunteerSignups).where({ activityId: act.id }).limit(10).get()).data as Array<Record<string, unknown>>;
      expect(after.every((c) => c.activityCancelled === true)).toBe(true);
    } finally {
      cloud.deps.db = real;
    }
  });

  it('a sign-up landing between the edit\'s read of the sign-ups and its transaction is caught: the edit reads again', async () => {
    const act = dataOf(await postActivity(cloud, LEADER, teamId, { capacity: 5, title: '插队前' }));
    dataOf(await cloud.call(MEMBER, 'volunteers.signUp', { activityId: act.id }));
    const real = cloud.deps.db;
    let queries = 0;
    cloud.deps.db = afterQueries(real, COLLECTIONS.volunteerSignups, async () => {
      queries += 1;
      // Right after the edit's first read of the sign-ups, someone else signs up.
      if (queries === 1) dataOf(await cloud.call('demo-member-4', 'volunteers.signUp', { activityId: act.id }));
    });
    try {
      dataOf(await cloud.call(LEADER, 'volunteers.editActivity', editInput(act, { capacity: 5, title: '插队后' })));
    } finally {
      cloud.deps.db = real;
    }
    expect(queries).toBe(2); // read, a sign-up slipped in, read again
    const docs = (await real.collection(COLLECTIONS.volunteerSignups).where({ activityId: act.id }).limit(10).get()).data as Array<Record<string, unknown>>;
    expect(docs.map((d) => d.title)).toEqual(['插队后', '插队后']);
    expect(await activityDoc(act.id)).toMatchObject({ title: '插队后', signupDocs: 2, taken: 2 });
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
    expect(await activityDoc(act.id)).toMatchObject({ signupDocs: 12, taken: 12 });
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

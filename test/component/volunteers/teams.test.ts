import { noticesTo } from '../../support/notices';
import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { memberIdOf, teamIdByName } from './helpers';

/** Teams directory, joining, leaders, and the talent pool — by role. */
describe('volunteers: teams and talent pool', () => {
  let cloud: TestCloud;
  let teamId: string;
  const LEADER = 'demo-member-3';

  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    teamId = await teamIdByName(cloud, '银铃耀酉水·城关科技下乡服务队');
  });
  afterAll(() => cloud.close());

  it('pages through the directory in name order, filters by field and searches by name', async () => {
    const first = dataOf(await cloud.call('demo-member-1', 'volunteers.teams', { pageSize: 4 }));
    expect(first.items).toHaveLength(4);
    expect(first.hasMore).toBe(true);
    const all = [...first.items];
    for (let page = 2; page < 10; page += 1) {
      const next = dataOf(await cloud.call('demo-member-1', 'volunteers.teams', { page, pageSize: 4 }));
      all.push(...next.items);
      if (!next.hasMore) break;
    }
    expect(all).toHaveLength(10);
    expect(new Set(all.map((t) => t.id)).size).toBe(10);
    const youth = dataOf(await cloud.call('demo-member-1', 'volunteers.teams', { field: 'youth' })).items;
    expect(youth.length).toBeGreaterThan(0);
    expect(youth.every((t) => t.fields.includes('youth'))).toBe(true);
    expect(dataOf(await cloud.call('demo-member-1', 'volunteers.teams', { keyword: '智囊' })).items.map((t) => t.kind)).toEqual(['thinktank']);
    expect(dataOf(await cloud.call('demo-member-1', 'volunteers.teams', { keyword: '(.*' })).items).toEqual([]);
  });

  it('a member applies; repeated taps keep one application; another leader cannot decide; the leader approves', async () => {
    const first = dataOf(await cloud.call('demo-member-1', 'volunteers.applyToJoin', { teamId }));
    expect(first).toMatchObject({ myStatus: 'pending', canManage: false });
    dataOf(await cloud.call('demo-member-1', 'volunteers.applyToJoin', { teamId }));
    const pending = dataOf(await cloud.call(LEADER, 'volunteers.applications', { teamId })).items;
    expect(pending.map((p) => p.memberName)).toEqual(['张桂兰']);
    expect(errorOf(await cloud.call('demo-member-7', 'volunteers.applications', { teamId })).code).toBe('FORBIDDEN');

    const m1 = await memberIdOf(cloud, 'demo-member-1');
    expect(errorOf(await cloud.call('demo-member-7', 'volunteers.decideApplication', { teamId, memberId: m1, approve: true })).code).toBe('FORBIDDEN');
    const before = dataOf(await cloud.call('demo-member-1', 'volunteers.team', { teamId })).memberCount;
    expect(dataOf(await cloud.call(LEADER, 'volunteers.decideApplication', { teamId, memberId: m1, approve: true })).status).toBe('active');
    expect(dataOf(await cloud.call('demo-member-1', 'volunteers.team', { teamId }))).toMatchObject({ myStatus: 'active', memberCount: before + 1 });
    expect(errorOf(await cloud.call(LEADER, 'volunteers.decideApplication', { teamId, memberId: m1, approve: false })).code).toBe('INVALID_STATE');
    const audit = (await cloud.db.collection(COLLECTIONS.auditLog).where({ actorId: await memberIdOf(cloud, LEADER) }).orderBy('at', 'desc').limit(5).get()).data;
    expect(audit[0]).toMatchObject({ action: 'volunteers.decideApplication', before: { status: 'pending' }, after: { status: 'active' } });
    const outbox = (await noticesTo(cloud, 'demo-member-1', 5));
    expect(outbox[0]).toMatchObject({ templateId: 'teamMembership' });

    const mine = dataOf(await cloud.call('demo-member-1', 'volunteers.mine', {}));
    expect(mine.teams.map((t) => t.name)).toContain('银铃耀酉水·城关科技下乡服务队');
  });

  it('a member leaves; a leader cannot leave their own team; staff decline an application', async () => {
    const left = dataOf(await cloud.call('demo-member-1', 'volunteers.leaveTeam', { teamId }));
    expect(left.myStatus).toBe('left');
    expect(errorOf(await cloud.call('demo-member-1', 'volunteers.leaveTeam', { teamId })).code).toBe('INVALID_STATE');
    expect(errorOf(await cloud.call(LEADER, 'volunteers.leaveTeam', { teamId })).code).toBe('INVALID_STATE');
    dataOf(await cloud.call('demo-member-9', 'volunteers.applyToJoin', { teamId }));
    const m9 = await memberIdOf(cloud, 'demo-member-9');
    expect(dataOf(await cloud.call('demo-staff-1', 'volunteers.decideApplication', { teamId, memberId: m9, approve: false })).status).toBe('declined');
    expect(errorOf(await cloud.call('demo-member-9', 'volunteers.team', { teamId: 'missing' })).code).toBe('TEAM_NOT_FOUND');
  });

  it('staff create a team and appoint a leader, who then manages only that team (both audited)', async () => {
    const input = { name: '银铃耀酉水·酉酬镇服务队', kind: 'service' as const, fields: ['rural' as const], township: '酉酬镇', description: '新组建。' };
    expect(errorOf(await cloud.call('demo-member-1', 'volunteers.createTeam', input)).code).toBe('FORBIDDEN');
    const team = dataOf(await cloud.call('demo-staff-1', 'volunteers.createTeam', input));
    expect(team).toMatchObject({ memberCount: 0, leaderIds: [] });
    expect(errorOf(await cloud.call('demo-staff-1', 'volunteers.createTeam', input)).code).toBe('TEAM_NAME_TAKEN');

    const m12 = await memberIdOf(cloud, 'demo-member-12');
    const led = dataOf(await cloud.call('demo-staff-2', 'volunteers.appointLeader', { teamId: team.id, memberId: m12 }));
    expect(led).toMatchObject({ leaderNames: ['罗永福'], memberCount: 1 });
    expect(errorOf(await cloud.call('demo-staff-2', 'volunteers.appointLeader', { teamId: team.id, memberId: m12 })).code).toBe('ROLE_ALREADY_HELD');
    expect(errorOf(await cloud.call('demo-member-3', 'volunteers.appointLeader', { teamId: team.id, memberId: m12 })).code).toBe('FORBIDDEN');
    expect(dataOf(await cloud.call('demo-member-12', 'volunteers.team', { teamId: team.id })).canManage).toBe(true);
    expect(dataOf(await cloud.call('demo-member-12', 'volunteers.team', { teamId })).canManage).toBe(false);
    const audits = (await cloud.db.collection(COLLECTIONS.auditLog).where({ targetId: team.id }).orderBy('at', 'desc').limit(5).get()).data;
    expect(audits.map((a) => a.action).sort()).toEqual(['volunteers.appointLeader', 'volunteers.createTeam']);
  });

  it('talent pool: members list skills, staff search by skill, members cannot search', async () => {
    const mine = dataOf(await cloud.call('demo-member-9', 'volunteers.setSkills', { skills: ['medical', 'medical', 'education'], note: '中医推拿' }));
    expect(mine).toMatchObject({ name: '冯继红', skills: ['medical', 'education'], note: '中医推拿' });
    expect(dataOf(await cloud.call('demo-member-9', 'volunteers.mySkills', {}))).toMatchObject({ skills: ['medical', 'education'] });
    const doctors = dataOf(await cloud.call('demo-staff-1', 'volunteers.searchTalent', { skill: 'medical' })).items.map((t) => t.name);
    expect(doctors).toEqual(expect.arrayContaining(['冯继红', '胡文斌', '邓丽华']));
    expect(errorOf(await cloud.call('demo-member-9', 'volunteers.searchTalent', { skill: 'medical' })).code).toBe('FORBIDDEN');
    expect(dataOf(await cloud.call('demo-member-5', 'volunteers.mySkills', {}))).toBeNull();
  });
});

describe('volunteers: hours ledger export', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  it('staff export recorded hours as an .xlsx in storage with a download link; members cannot', async () => {
    const out = dataOf(await cloud.call('demo-staff-1', 'volunteers.exportLedger', { from: '2026-09', to: '2026-11' }));
    const served = (await cloud.db.collection(COLLECTIONS.volunteerSignups).where({ activityStart: cloud.db.command.gte(new Date('2026-09-01T00:00:00+08:00')), minutes: cloud.db.command.gt(0) }).limit(100).get()).data;
    expect(out.rows).toBe(served.length);
    expect(out.rows).toBeGreaterThanOrEqual(20);
    expect(out.fileName).toBe('志愿服务时长台账_2026-09至2026-11.xlsx');
    const res = await fetch(out.url);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip, as .xlsx files are
    expect(errorOf(await cloud.call('demo-member-1', 'volunteers.exportLedger', { from: '2026-09', to: '2026-11' })).code).toBe('FORBIDDEN');
  });
});

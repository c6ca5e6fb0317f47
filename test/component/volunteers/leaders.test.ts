import { noticesTo } from '../../support/notices';
import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { crashAfterCommit, memberIdOf, postActivity, teamIdByName } from './helpers';

/** Staff remove and replace a team's leader: audited, and the former leader's rights end at once. */
describe('volunteers: removing and replacing a leader', () => {
  let cloud: TestCloud;
  let teamId: string;
  const LEADER = 'demo-member-3'; // leads 城关科技下乡服务队 (seed)
  const STAFF = 'demo-staff-1';

  const audits = async (targetId: string) =>
    (await cloud.db.collection(COLLECTIONS.auditLog).where({ targetId }).orderBy('at', 'desc').limit(20).get()).data as Array<Record<string, unknown>>;
  const membership = async (openid: string) =>
    (await cloud.db.collection(COLLECTIONS.volunteerMemberships).where({ teamId, memberId: await memberIdOf(cloud, openid) }).limit(1).get()).data[0] as Record<string, unknown>;

  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    teamId = await teamIdByName(cloud, '银铃耀酉水·城关科技下乡服务队');
  });
  afterAll(() => cloud.close());

  it('only staff remove a leader; a reason is required; wrong people are refused and nothing changes', async () => {
    const leaderId = await memberIdOf(cloud, LEADER);
    const before = await cloud.snapshot();
    expect(errorOf(await cloud.call(LEADER, 'volunteers.removeLeader', { teamId, memberId: leaderId, reason: '自己不干了' })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call('demo-member-1', 'volunteers.removeLeader', { teamId, memberId: leaderId, reason: '不服' })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call(STAFF, 'volunteers.removeLeader', { teamId, memberId: leaderId, reason: '' })).code).toBe('VALIDATION_FAILED');
    const notLeader = await memberIdOf(cloud, 'demo-member-2');
    expect(errorOf(await cloud.call(STAFF, 'volunteers.removeLeader', { teamId, memberId: notLeader, reason: '工作调整' })).code).toBe('ROLE_NOT_HELD');
    expect(errorOf(await cloud.call(STAFF, 'volunteers.removeLeader', { teamId: 'missing', memberId: leaderId, reason: '工作调整' })).code).toBe('TEAM_NOT_FOUND');
    expect(errorOf(await cloud.call(STAFF, 'volunteers.removeLeader', { teamId, memberId: leaderId, reason: '工作调整', replaceWith: leaderId })).code).toBe('VALIDATION_FAILED');
    expect(errorOf(await cloud.call(STAFF, 'volunteers.removeLeader', { teamId, memberId: leaderId, reason: '工作调整', replaceWith: 'nobody' })).code).toBe('MEMBER_NOT_FOUND');
    const after = await cloud.snapshot();
    expect(after[COLLECTIONS.volunteerTeams]).toEqual(before[COLLECTIONS.volunteerTeams]);
    expect(after[COLLECTIONS.auditLog]).toEqual(before[COLLECTIONS.auditLog]);
  });

  it('replacing: the successor manages the team\'s existing activities at once, the former leader loses them at once', async () => {
    const act = dataOf(await postActivity(cloud, LEADER, teamId, { capacity: 5, title: '换队长前发布' }));
    const leaderId = await memberIdOf(cloud, LEADER);
    const successorId = await memberIdOf(cloud, 'demo-member-12'); // not yet in the team
    const countBefore = dataOf(await cloud.call(STAFF, 'volunteers.team', { teamId })).memberCount;
    const real = cloud.deps.db;
    cloud.deps.db = crashAfterCommit(real); // nothing may be left for a second step after the transaction
    let team;
    try {
      team = dataOf(await cloud.call(STAFF, 'volunteers.removeLeader', { teamId, memberId: leaderId, reason: '年事已高，本人请辞', replaceWith: successorId }));
    } finally {
      cloud.deps.db = real;
    }
    expect(team).toMatchObject({ leaderIds: [successorId], leaderNames: ['罗永福'], memberCount: countBefore + 1 });

    // The former leader: an ordinary member now, no rights over the team or its activities.
    expect(dataOf(await cloud.call(LEADER, 'volunteers.team', { teamId }))).toMatchObject({ myStatus: 'active', canManage: false });
    expect(await membership(LEADER)).toMatchObject({ status: 'active', isLeader: false });
    for (const action of ['volunteers.roster', 'volunteers.checkCode'] as const) {
      expect(errorOf(await cloud.call(LEADER, action, { activityId: act.id })).code).toBe('FORBIDDEN');
    }
    expect(errorOf(await cloud.call(LEADER, 'volunteers.applications', { teamId })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call(LEADER, 'volunteers.cancelActivity', { activityId: act.id, reason: '试试' })).code).toBe('FORBIDDEN');
    expect(errorOf(await postActivity(cloud, LEADER, teamId, { capacity: 5 })).code).toBe('FORBIDDEN');
    expect(dataOf(await cloud.call(LEADER, 'volunteers.activity', { activityId: act.id })).canManage).toBe(false);
    // The former leader may now leave like anyone else.
    expect(dataOf(await cloud.call(LEADER, 'volunteers.mine', {})).teams.find((t) => t.id === teamId)).toMatchObject({ isLeader: false });

    // The successor: a member and leader of this team, managing the activity posted before.
    expect(await membership('demo-member-12')).toMatchObject({ status: 'active', isLeader: true });
    expect(dataOf(await cloud.call('demo-member-12', 'volunteers.activity', { activityId: act.id })).canManage).toBe(true);
    dataOf(await cloud.call('demo-member-12', 'volunteers.roster', { activityId: act.id }));

    // Both hear of it.
    const noticeTo = async (touser: string) =>
      ((await noticesTo(cloud, touser, 1))[0] ?? {}) as Record<string, unknown>;
    expect(await noticeTo(LEADER)).toMatchObject({ templateId: 'teamMembership', data: { phrase2: { value: '已卸任队长' } } });
    expect(await noticeTo('demo-member-12')).toMatchObject({ templateId: 'teamMembership', data: { phrase2: { value: '任队长' } } });

    // Audited once, with who, why and who took over.
    const trail = (await audits(teamId)).filter((e) => e.action === 'volunteers.removeLeader');
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({
      actorId: await memberIdOf(cloud, STAFF), before: { leaderIds: [leaderId] },
      after: { leaderIds: [successorId], removed: leaderId, reason: '年事已高，本人请辞', replacedBy: successorId },
    });
  });

  it('removing without a successor leaves staff in charge; the successor cannot be someone already leading', async () => {
    const youth = await teamIdByName(cloud, '银铃耀酉水·五老关心下一代服务队');
    const lead = await memberIdOf(cloud, 'demo-member-7');
    const other = await memberIdOf(cloud, 'demo-member-6');
    dataOf(await cloud.call(STAFF, 'volunteers.appointLeader', { teamId: youth, memberId: other }));
    expect(errorOf(await cloud.call(STAFF, 'volunteers.removeLeader', { teamId: youth, memberId: lead, reason: '调整', replaceWith: other })).code).toBe('ROLE_ALREADY_HELD');
    const left = dataOf(await cloud.call(STAFF, 'volunteers.removeLeader', { teamId: youth, memberId: lead, reason: '调整' }));
    expect(left.leaderIds).toEqual([other]);
    const none = dataOf(await cloud.call(STAFF, 'volunteers.removeLeader', { teamId: youth, memberId: other, reason: '暂缺' }));
    expect(none).toMatchObject({ leaderIds: [], leaderNames: [] });
    expect(dataOf(await cloud.call(STAFF, 'volunteers.team', { teamId: youth })).canManage).toBe(true);
    expect(dataOf(await cloud.call('demo-member-7', 'volunteers.team', { teamId: youth })).canManage).toBe(false);
    // A former leader can be appointed again.
    expect(dataOf(await cloud.call(STAFF, 'volunteers.appointLeader', { teamId: youth, memberId: lead })).leaderIds).toEqual([lead]);
  });
});

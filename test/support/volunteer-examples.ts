import type { ActionName } from '../../cloudfunctions/contract/registry';
import { idOf } from './lookups';
import { dataOf, type TestCloud } from './test-cloud';
import { LEADER, MEMBER, STAFF, activityInput, shanghaiDay, uniq } from './example-fixtures';
import { activity, applicant, freshTeam, leaderTeam, newMember, underWay } from './example-state';

type Prepared = { caller: string; input: unknown };
interface Example { prepare(cloud: TestCloud, i: number): Promise<Prepared> }
const as = (caller: string, input: unknown): Prepared => ({ caller, input });
const simple = (caller: string, input: unknown = {}): Example => ({ prepare: async () => as(caller, input) });

/** 志愿服务's examples (teams, activities, sign-ups, attendance, figures), one successful call each. */
export const VOLUNTEER_EXAMPLES: Record<Extract<ActionName, `volunteers.${string}`>, Example> = {
  'volunteers.teams': simple(MEMBER),
  'volunteers.team': { prepare: async (cloud) => as(MEMBER, { teamId: await leaderTeam(cloud) }) },
  'volunteers.createTeam': {
    prepare: async (_cloud, i) => as(STAFF, { name: `示例服务队${uniq(i)}`, kind: 'service', fields: ['tech'], township: '城关镇', description: '示例用的服务队。' }),
  },
  'volunteers.appointLeader': {
    prepare: async (cloud, i) => as(STAFF, { teamId: await freshTeam(cloud, i), memberId: (await newMember(cloud, i)).memberId }),
  },
  'volunteers.removeLeader': {
    prepare: async (cloud, i) => {
      const teamId = await freshTeam(cloud, i);
      const { memberId } = await newMember(cloud, i);
      dataOf(await cloud.call(STAFF, 'volunteers.appointLeader', { teamId, memberId }));
      return as(STAFF, { teamId, memberId, reason: '工作调整' });
    },
  },
  'volunteers.applyToJoin': { prepare: async (cloud, i) => as((await newMember(cloud, i)).openid, { teamId: await leaderTeam(cloud) }) },
  'volunteers.applications': { prepare: async (cloud) => as(LEADER, { teamId: await leaderTeam(cloud) }) },
  'volunteers.decideApplication': {
    prepare: async (cloud, i) => {
      const { teamId, memberId } = await applicant(cloud, i);
      return as(LEADER, { teamId, memberId, approve: true });
    },
  },
  'volunteers.leaveTeam': {
    prepare: async (cloud, i) => {
      const { teamId, memberId, openid } = await applicant(cloud, i);
      dataOf(await cloud.call(LEADER, 'volunteers.decideApplication', { teamId, memberId, approve: true }));
      return as(openid, { teamId });
    },
  },
  'volunteers.setSkills': { prepare: async (_cloud, i) => as(MEMBER, { skills: ['arts', i % 2 === 0 ? 'calligraphy' : 'party'], note: `山歌${uniq(i)}` }) },
  'volunteers.mySkills': simple(MEMBER),
  'volunteers.searchTalent': simple(STAFF, { skill: 'arts' }),
  'volunteers.postActivity': { prepare: async (cloud, i) => as(LEADER, activityInput(cloud, await leaderTeam(cloud), { title: `示例活动${i}` })) },
  'volunteers.editActivity': {
    prepare: async (cloud, i) => {
      const activityId = await activity(cloud, i);
      const { teamId: _team, needsApproval: _approval, ...fields } = activityInput(cloud, await leaderTeam(cloud), { title: `改过的活动${i}`, capacity: 20 });
      return as(LEADER, { activityId, ...fields });
    },
  },
  'volunteers.cancelActivity': { prepare: async (cloud, i) => as(LEADER, { activityId: await activity(cloud, i), reason: '天气原因' }) },
  'volunteers.activities': simple(MEMBER),
  'volunteers.activity': { prepare: async (cloud, i) => as(MEMBER, { activityId: await activity(cloud, i) }) },
  'volunteers.signUp': { prepare: async (cloud, i) => as(MEMBER, { activityId: await activity(cloud, i) }) },
  'volunteers.cancelSignUp': {
    prepare: async (cloud, i) => {
      const activityId = await activity(cloud, i);
      dataOf(await cloud.call(MEMBER, 'volunteers.signUp', { activityId }));
      return as(MEMBER, { activityId });
    },
  },
  'volunteers.decideSignUp': {
    prepare: async (cloud, i) => {
      const activityId = await activity(cloud, i, { needsApproval: true });
      dataOf(await cloud.call(MEMBER, 'volunteers.signUp', { activityId }));
      return as(LEADER, { activityId, memberId: await idOf(cloud, MEMBER), approve: true });
    },
  },
  'volunteers.roster': { prepare: async (cloud, i) => as(LEADER, { activityId: (await underWay(cloud, i)).activityId }) },
  'volunteers.checkCode': { prepare: async (cloud, i) => as(LEADER, { activityId: await activity(cloud, i) }) },
  'volunteers.checkIn': {
    prepare: async (cloud, i) => {
      const { activityId } = await underWay(cloud, i);
      const { code } = dataOf(await cloud.call(LEADER, 'volunteers.checkCode', { activityId }));
      return as(MEMBER, { activityId, code, step: 'in' });
    },
  },
  'volunteers.markAttendance': { prepare: async (cloud, i) => as(LEADER, { ...(await underWay(cloud, i)), step: 'in' }) },
  'volunteers.correctHours': {
    prepare: async (cloud, i) => {
      const ids = await underWay(cloud, i);
      cloud.clock.advance(40 * 60_000); // hours are corrected once the activity has started
      return as(LEADER, { ...ids, minutes: 90, reason: '补记服务时长' });
    },
  },
  'volunteers.mine': simple(MEMBER),
  'volunteers.serviceRecord': simple(MEMBER),
  'volunteers.checkRecord': {
    prepare: async (cloud) => as(STAFF, { serial: dataOf(await cloud.call(MEMBER, 'volunteers.serviceRecord', {})).serial }),
  },
  'volunteers.figures': { prepare: async (cloud) => as(STAFF, { from: '2026-01', to: shanghaiDay(cloud.clock.now()).slice(0, 7) }) },
  'volunteers.exportLedger': { prepare: async (cloud) => as(STAFF, { from: '2026-01', to: shanghaiDay(cloud.clock.now()).slice(0, 7) }) },
};

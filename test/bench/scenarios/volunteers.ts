import { postActivity } from '../../component/volunteers/helpers';
import { must, type Scenario } from './types';

const MEMBER = 'demo-member-1';
const STAFF = 'demo-staff-1';

const openActivity = async (cloud: Parameters<NonNullable<Scenario['setup']>>[0], teamId: string) =>
  must<{ id: string }>(await postActivity(cloud, STAFF, teamId, { capacity: 500 }), 'post').id;

export const volunteerScenarios: Scenario[] = [
  { label: 'volunteers.teams', call: () => [MEMBER, 'volunteers.teams', {}] },
  { label: 'volunteers.activities', call: () => [MEMBER, 'volunteers.activities', {}] },
  { label: 'volunteers.activity', call: (_i, f) => [MEMBER, 'volunteers.activity', { activityId: f.activityId }] },
  { label: 'volunteers.signUp', setup: async (cloud, _i, f) => ({ fresh: await openActivity(cloud, f.teamId) }), call: (_i, f) => [MEMBER, 'volunteers.signUp', { activityId: f.fresh }] },
  {
    label: 'volunteers.cancelSignUp',
    setup: async (cloud, _i, f) => {
      const fresh = await openActivity(cloud, f.teamId);
      must(await cloud.call(MEMBER, 'volunteers.signUp', { activityId: fresh }), 'signUp');
      return { fresh };
    },
    call: (_i, f) => [MEMBER, 'volunteers.cancelSignUp', { activityId: f.fresh }],
  },
  { label: 'volunteers.roster', call: (_i, f) => [STAFF, 'volunteers.roster', { activityId: f.activityId }] },
  { label: 'volunteers.mine', call: () => [MEMBER, 'volunteers.mine', {}] },
];

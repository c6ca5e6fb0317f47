import type { ActivityView, TeamView, VolunteerField } from '@contract/volunteer-model';
import { callApi } from '../../api/call-api';
import { useLoad } from '../../api/use-load';
import { usePaged } from '../../api/use-paged';
import { useRun } from '../../api/use-run';
import { useSend } from '../../api/use-send';

/** 志愿 for a member (the 志愿 tab and its pages, main package): what they read and what they send. */

/** 我的志愿: hours, teams, sign-ups; asked only once the member is known. */
export const useMyVolunteering = (registered: boolean) => useLoad(() => callApi('volunteers.mine', {}), registered ? 'in' : 'out');

/** Activities of every team (or of one), ten a page, the soonest first. */
export const useActivityList = (when: 'upcoming' | 'past', teamId?: string) =>
  usePaged<ActivityView>((page) => callApi('volunteers.activities', { page, pageSize: 10, when, ...(teamId !== undefined ? { teamId } : {}) }), teamId ?? when);

export const useActivity = (activityId: string) => useLoad(() => callApi('volunteers.activity', { activityId }), activityId);

export const useTeam = (teamId: string) => useLoad(() => callApi('volunteers.team', { teamId }), teamId);

/** The team directory, by field and part of a name. */
export const useTeamDirectory = (field: VolunteerField | 'all', keyword: string) =>
  usePaged<TeamView>(
    (page) => callApi('volunteers.teams', { page, pageSize: 10, ...(field !== 'all' ? { field } : {}), ...(keyword ? { keyword } : {}) }),
    `${field}|${keyword}`,
  );

export const useServiceRecord = () => useLoad(() => callApi('volunteers.serviceRecord', {}), 'record');

export const useMySkills = () => useLoad(() => callApi('volunteers.mySkills', {}), 'mine');
export const useSaveSkills = () => useRun('volunteers.setSkills');

/** On an activity's page: sign up or cancel, and check in or out with the leader's code. */
export function useActivityMoves(activityId: string) {
  const send = useSend();
  return {
    signUp: () => send('volunteers.signUp', { activityId }),
    cancelSignUp: () => send('volunteers.cancelSignUp', { activityId }),
    check: (code: string, step: 'in' | 'out') => send('volunteers.checkIn', { activityId, code, step }),
  };
}

/** On a team's page: ask to join, or leave (or withdraw the request). */
export function useTeamMoves(teamId: string) {
  const send = useSend();
  return {
    applyToJoin: () => send('volunteers.applyToJoin', { teamId }),
    leave: () => send('volunteers.leaveTeam', { teamId }),
  };
}

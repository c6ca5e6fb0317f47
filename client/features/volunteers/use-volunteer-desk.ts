import type { Envelope } from '@contract/envelope';
import type { ActivityView, MembershipView, RosterRow, Skill, TalentView, TeamView } from '@contract/volunteer-model';
import type { InputOf } from '@contract/registry';
import { callApi } from '../../api/call-api';
import type { IntentStore } from '../../api/request-id';
import { answered, useLoad } from '../../api/use-load';
import { usePaged } from '../../api/use-paged';
import { useRun } from '../../api/use-run';
import { useSend } from '../../api/use-send';
import { useBulkSend } from '../../api/use-bulk-send';

/** 志愿 for team leaders and staff (packageStaff): teams, activities, rosters, figures and the talent pool. */

/** Teams by part of a name, ten a page (picking the team to work on). */
export const useTeamsFound = (keyword: string) =>
  usePaged<TeamView>((page) => callApi('volunteers.teams', { page, pageSize: 10, ...(keyword ? { keyword } : {}) }), keyword);

/** One team, or nothing asked while none is chosen. */
export const useTeamOrNone = (teamId: string) =>
  useLoad(() => (teamId ? callApi('volunteers.team', { teamId }) : answered(null)), teamId);

/** The teams I lead (from 我的志愿). */
export const useMyTeams = () => useLoad(() => callApi('volunteers.mine', {}), 'mine');

/** A team's (or every team's) coming activities, ten a page. */
export const useUpcomingActivities = (teamId: string) =>
  usePaged<ActivityView>((page) => callApi('volunteers.activities', { page, pageSize: 10, when: 'upcoming', ...(teamId ? { teamId } : {}) }), teamId);

export const useApplications = (teamId: string) =>
  usePaged<MembershipView>((page) => callApi('volunteers.applications', { page, pageSize: 10, teamId }), `apps-${teamId}`);

export function useDecideApplication() {
  const send = useSend();
  return (m: MembershipView, approve: boolean) => send('volunteers.decideApplication', { teamId: m.teamId, memberId: m.memberId, approve });
}

export const useActivityForEditing = (activityId: string) => useLoad(() => callApi('volunteers.activity', { activityId }), activityId);
/** `keep`: the draft's intent store, so a resend after a restart is the same change. */
export const useEditActivity = (keep: IntentStore) => useRun('volunteers.editActivity', keep);
export const useCancelActivity = () => useRun('volunteers.cancelActivity');

/** `keep`: the draft's intent store, so a resend after a restart posts it once. */
export function usePostActivity(keep: IntentStore) {
  const send = useSend(keep);
  return (input: InputOf<'volunteers.postActivity'>) => send('volunteers.postActivity', input);
}

/** The check-in code to show at the place (with the activity as it is now). */
export const useCheckCode = (activityId: string) => useLoad(() => callApi('volunteers.checkCode', { activityId }), activityId);

export const useRoster = (activityId: string) =>
  usePaged<RosterRow>((page) => callApi('volunteers.roster', { activityId, page, pageSize: 50 }), activityId);

/** One roster row's writes: mark in or out by hand, confirm or decline a sign-up, correct the hours. */
export function useRosterMoves(activityId: string, memberId: string) {
  const send = useSend();
  return {
    mark: (step: 'in' | 'out') => send('volunteers.markAttendance', { activityId, memberId, step }),
    decide: (approve: boolean) => send('volunteers.decideSignUp', { activityId, memberId, approve }),
    correct: (minutes: number, reason: string) => send('volunteers.correctHours', { activityId, memberId, minutes, reason }),
  };
}

/**
 * The desk's roster (several people at once): the same decideSignUp / markAttendance as a row's buttons,
 * once per person, a few at a time, a person's lost answer resent with its first requestId (use-bulk-send.ts).
 */
export function useRosterBulk(activityId: string) {
  const send = useBulkSend();
  type Heard = (memberId: string, answer: Envelope<RosterRow>) => void;
  return {
    confirm: (memberIds: readonly string[], heard: Heard) => send('volunteers.decideSignUp', memberIds, (memberId) => ({ activityId, memberId, approve: true }), heard),
    mark: (memberIds: readonly string[], step: 'in' | 'out', heard: Heard) =>
      send('volunteers.markAttendance', memberIds, (memberId) => ({ activityId, memberId, step }), heard),
  };
}

export const useAppointLeader = () => useRun('volunteers.appointLeader');
export const useRemoveLeader = () => useRun('volunteers.removeLeader');
export const useCreateTeam = () => useRun('volunteers.createTeam');

export const useVolunteerFigures = (from: string, to: string) => useLoad(() => callApi('volunteers.figures', { from, to }), `${from}-${to}`);
export const useVolunteerLedgerExport = () => useRun('volunteers.exportLedger');

/** 银发人才库: who offered a skill, twenty a page. */
export const useTalent = (skill: Skill | undefined) =>
  usePaged<TalentView>((page) => callApi('volunteers.searchTalent', { page, pageSize: 20, skill: skill ?? 'agri' }), skill ?? '');

/** 核对志愿服务证明 by its number. */
export const useCheckRecord = () => useRun('volunteers.checkRecord');

import type { Routes } from '../../platform/routes';
import { checkCode, getActivityDetail, listActivities, postActivity } from './activities';
import { checkIn, correctHours, markAttendance, roster } from './attendance';
import { applyToJoin, decideApplication, leaveTeam, listApplications } from './membership';
import { exportLedger } from './ledger';
import { cancelActivity, editActivity } from './manage-activity';
import { figures } from './figures';
import { mine, serviceRecord } from './records';
import { cancelSignUp, decideSignUp, signUp } from './signup';
import { checkRecord } from './record-check';
import { mySkills, searchTalent, setSkills } from './talent';
import { appointLeader, removeLeader } from './leaders';
import { createTeam, getTeamDetail, listTeams } from './teams';

/** The `volunteers` function: teams, the talent pool, activities with real capacity, attendance and hours. */
export const volunteersRoutes: Routes<'volunteers'> = {
  'volunteers.teams': listTeams,
  'volunteers.team': getTeamDetail,
  'volunteers.createTeam': createTeam,
  'volunteers.appointLeader': appointLeader,
  'volunteers.removeLeader': removeLeader,
  'volunteers.applyToJoin': applyToJoin,
  'volunteers.applications': listApplications,
  'volunteers.decideApplication': decideApplication,
  'volunteers.leaveTeam': leaveTeam,
  'volunteers.setSkills': setSkills,
  'volunteers.mySkills': mySkills,
  'volunteers.searchTalent': searchTalent,
  'volunteers.postActivity': postActivity,
  'volunteers.editActivity': editActivity,
  'volunteers.cancelActivity': cancelActivity,
  'volunteers.activities': listActivities,
  'volunteers.activity': getActivityDetail,
  'volunteers.signUp': signUp,
  'volunteers.cancelSignUp': cancelSignUp,
  'volunteers.decideSignUp': decideSignUp,
  'volunteers.roster': roster,
  'volunteers.checkCode': checkCode,
  'volunteers.checkIn': checkIn,
  'volunteers.markAttendance': markAttendance,
  'volunteers.correctHours': correctHours,
  'volunteers.mine': mine,
  'volunteers.serviceRecord': serviceRecord,
  'volunteers.checkRecord': checkRecord,
  'volunteers.figures': figures,
  'volunteers.exportLedger': exportLedger,
};

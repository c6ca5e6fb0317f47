import { COLLECTIONS } from '../../contract/collections';
import { AppError } from '../../platform/app-error';
import type { MemberDoc } from '../../platform/caller';
import { readDoc, type Database, type Reader } from '../../platform/database';
import { ACTIVITIES, TEAMS, type ActivityDoc, type TeamDoc } from './docs';

/** The documents a volunteering action needs to exist: each missing one is its own error. */
export const getTeam = async (db: Reader, teamId: string): Promise<TeamDoc> => {
  const team = await readDoc<TeamDoc>(db, TEAMS, teamId);
  if (!team) throw new AppError('TEAM_NOT_FOUND');
  return team;
};

export const getActivity = async (db: Reader, activityId: string): Promise<ActivityDoc> => {
  const activity = await readDoc<ActivityDoc>(db, ACTIVITIES, activityId);
  if (!activity) throw new AppError('ACTIVITY_NOT_FOUND');
  return activity;
};

export const getMember = async (db: Database, memberId: string): Promise<MemberDoc> => {
  const member = await readDoc<MemberDoc>(db, COLLECTIONS.members, memberId);
  if (!member) throw new AppError('MEMBER_NOT_FOUND');
  return member;
};

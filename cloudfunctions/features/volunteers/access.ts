import { holds, STAFF_OR_ADMIN } from '../../contract/roles';
import { AppError } from '../../platform/app-error';
import type { ActionContext } from '../../platform/routes';
import type { ActivityDoc, TeamDoc } from './docs';
import { getTeam } from './reads';

/**
 * Who may manage a team or an activity: staff and admins everywhere (volunteering admits both, see
 * STAFF_OR_ADMIN in contract/roles.ts), a team's leaders their own team's.
 */
export const isStaffOrAdmin = (ctx: ActionContext): boolean => holds(ctx.caller.roles, STAFF_OR_ADMIN);

/** Leaders of the activity's team, and staff or admins, manage it; everyone else is FORBIDDEN. */
export const requireManager = async (ctx: ActionContext, teamId: string): Promise<TeamDoc | null> => {
  if (isStaffOrAdmin(ctx)) return null;
  const team = await getTeam(ctx.deps.db, teamId);
  if (!team.leaderIds.includes(ctx.caller.member?._id ?? '')) throw new AppError('FORBIDDEN');
  return team;
};

/**
 * Whether the caller manages this activity: staff and admins always; a leader when the team names them NOW.
 *
 * Why the team is read at every check rather than copied onto activities: a copy has to be rewritten on
 * every activity of the team when leaders change, and a transaction changes documents by id only, so that
 * rewrite would run after the leader change committed — a failure between the two left a removed leader
 * with rights over the team's activities (or a new one without). One more read by id per leader action
 * (staff need none) buys rights that follow the team at once, with nothing to keep in step.
 */
export const managesActivity = async (ctx: ActionContext, activity: Pick<ActivityDoc, 'teamId'>): Promise<boolean> => {
  if (isStaffOrAdmin(ctx)) return true;
  const memberId = ctx.caller.member?._id ?? '';
  return getTeam(ctx.deps.db, activity.teamId).then((t) => t.leaderIds.includes(memberId), () => false);
};

export const requireActivityManager = async (ctx: ActionContext, activity: Pick<ActivityDoc, 'teamId'>): Promise<void> => {
  if (!(await managesActivity(ctx, activity))) throw new AppError('FORBIDDEN');
};

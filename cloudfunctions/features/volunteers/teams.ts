import { AppError } from '../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import { checked, escapeRegExp, inTransaction, isDuplicateWrite, readDoc } from '../../platform/database';
import { pageWindow, toPage } from '../../platform/paging';
import { requireMember, type Handler } from '../../platform/routes';
import { canManageTeam } from '../../domain/volunteers/teams';
import { isStaffOrAdmin } from './access';
import { membershipIdOf, MEMBERSHIPS, TEAMS, type MembershipDoc, type TeamDoc } from './docs';
import { getTeam } from './reads';
import { toTeamView } from './views';

/** The directory: by field (a team may serve several), by a fragment of its name, in name order. */
export const listTeams: Handler<'volunteers.teams'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const filter: Record<string, unknown> = {};
  if (input.field) filter.fields = input.field;
  if (input.keyword) filter.name = db.RegExp({ regexp: escapeRegExp(input.keyword), options: 'i' });
  const { skip, limit } = pageWindow(input);
  const { data } = await db.collection(TEAMS).where(filter).orderBy('name', 'asc').skip(skip).limit(limit).get();
  return toPage(data as TeamDoc[], input, toTeamView);
};

export const getTeamDetail: Handler<'volunteers.team'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const [team, membership] = await Promise.all([
    getTeam(db, input.teamId),
    readDoc<MembershipDoc>(db, MEMBERSHIPS, membershipIdOf(input.teamId, member._id)),
  ]);
  return {
    ...toTeamView(team),
    myStatus: membership?.status ?? null,
    canManage: canManageTeam(team, member._id, isStaffOrAdmin(ctx)),
  };
};

export const createTeam: Handler<'volunteers.createTeam'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const doc: Omit<TeamDoc, '_id'> = { ...input, leaderIds: [], leaderNames: [], memberCount: 0, createdAt: ctx.now };
  try {
    const id = await inTransaction(db, async (tx) => {
      const added = checked(await tx.collection(TEAMS).add(doc)) as { id: string };
      checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'volunteer_team', id: added.id }, null, { name: input.name, kind: input.kind })));
      return added.id;
    });
    return toTeamView({ ...doc, _id: id });
  } catch (error) {
    if (isDuplicateWrite(error)) throw new AppError('TEAM_NAME_TAKEN');
    throw error;
  }
};

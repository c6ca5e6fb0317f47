import { AppError } from '../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import { checked, escapeRegExp, inTransaction, isDuplicateWrite, oneDoc } from '../../platform/database';
import { pageWindow, toPage } from '../../platform/paging';
import { requireMember, type Handler } from '../../platform/routes';
import { canManageTeam } from '../../domain/volunteers/teams';
import {
  ACTIVITIES, getMember, getTeam, isStaff, MEMBERSHIPS, membershipIdOf, readDoc, TEAMS, toTeamView, type MembershipDoc, type TeamDoc,
} from './store';

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
    canManage: canManageTeam(team, member._id, isStaff(ctx)),
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

/** A leader is a member with rights over this team only; appointing one makes them a member of it too. */
export const appointLeader: Handler<'volunteers.appointLeader'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const person = await getMember(db, input.memberId);
  const membershipId = membershipIdOf(input.teamId, person._id);
  const team = await inTransaction(db, async (tx) => {
    const current = await getTeam(tx, input.teamId);
    if (current.leaderIds.includes(person._id)) throw new AppError('ROLE_ALREADY_HELD');
    const membership = oneDoc<MembershipDoc>((await tx.collection(MEMBERSHIPS).doc(membershipId).get()).data);
    const joins = membership?.status !== 'active';
    const after = {
      leaderIds: [...current.leaderIds, person._id],
      leaderNames: [...current.leaderNames, person.name],
      memberCount: current.memberCount + (joins ? 1 : 0),
    };
    checked(await tx.collection(TEAMS).doc(current._id).update(after));
    const fields = { status: 'active' as const, isLeader: true, decidedAt: ctx.now };
    if (membership) checked(await tx.collection(MEMBERSHIPS).doc(membershipId).update(fields));
    else {
      const doc: MembershipDoc = {
        _id: membershipId, teamId: current._id, teamName: current.name, teamKind: current.kind, memberId: person._id,
        memberName: person.name, openid: person.openid, appliedAt: ctx.now, ...fields,
      };
      checked(await tx.collection(MEMBERSHIPS).add(doc));
    }
    checked(await tx.collection(AUDIT_COLLECTION).add(
      auditEntry(ctx, { type: 'volunteer_team', id: current._id }, { leaderIds: current.leaderIds }, { leaderIds: after.leaderIds }),
    ));
    return { ...current, ...after };
  });
  // Keep the activities' copy of the leaders in step (a transaction updates documents by id only). Setting
  // the team's whole list is idempotent, so a retry after a failure here repairs it.
  checked(await db.collection(ACTIVITIES).where({ teamId: team._id }).update({ leaderIds: team.leaderIds }));
  return toTeamView(team);
};


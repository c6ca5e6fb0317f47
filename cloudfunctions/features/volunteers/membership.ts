import { PAGES } from '../../contract/pages';
import { AppError } from '../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import { checked, inTransaction, readDoc } from '../../platform/database';
import { pageWindow, toPage } from '../../platform/paging';
import { requireMember, type Handler } from '../../platform/routes';
import { canApply, canLeave } from '../../domain/volunteers/teams';
import { requireManager } from './access';
import { membershipIdOf, MEMBERSHIPS, TEAMS, type MembershipDoc } from './docs';
import { getTeam } from './reads';
import { toMembershipView, toTeamView } from './views';

export const applyToJoin: Handler<'volunteers.applyToJoin'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const id = membershipIdOf(input.teamId, member._id);
  return inTransaction(db, async (tx) => {
    const team = await getTeam(tx, input.teamId);
    const current = await readDoc<MembershipDoc>(tx, MEMBERSHIPS, id);
    if (!canApply(current?.status ?? null)) {
      // Repeated taps: already applied or already in — answer with where things stand.
      return { ...toTeamView(team), myStatus: current?.status ?? null, canManage: false };
    }
    const fields = { status: 'pending' as const, appliedAt: ctx.now, decidedAt: null, memberName: member.name, openid: member.openid };
    if (current) checked(await tx.collection(MEMBERSHIPS).doc(id).update(fields));
    else {
      const doc: MembershipDoc = { _id: id, teamId: team._id, teamName: team.name, teamKind: team.kind, memberId: member._id, isLeader: false, ...fields };
      checked(await tx.collection(MEMBERSHIPS).add(doc));
    }
    return { ...toTeamView(team), myStatus: 'pending' as const, canManage: false };
  });
};

export const listApplications: Handler<'volunteers.applications'> = async (ctx, input) => {
  await requireManager(ctx, input.teamId);
  const { skip, limit } = pageWindow(input);
  const { data } = await ctx.deps.db
    .collection(MEMBERSHIPS)
    .where({ teamId: input.teamId, status: 'pending' })
    .orderBy('appliedAt', 'asc')
    .skip(skip)
    .limit(limit)
    .get();
  return toPage(data as MembershipDoc[], input, toMembershipView);
};

export const decideApplication: Handler<'volunteers.decideApplication'> = async (ctx, input) => {
  await requireManager(ctx, input.teamId);
  const { db } = ctx.deps;
  const id = membershipIdOf(input.teamId, input.memberId);
  const decided = await inTransaction(db, async (tx) => {
    const team = await getTeam(tx, input.teamId);
    const current = await readDoc<MembershipDoc>(tx, MEMBERSHIPS, id);
    if (!current || current.status !== 'pending') throw new AppError('INVALID_STATE');
    const status = input.approve ? ('active' as const) : ('declined' as const);
    checked(await tx.collection(MEMBERSHIPS).doc(id).update({ status, decidedAt: ctx.now }));
    if (input.approve) checked(await tx.collection(TEAMS).doc(team._id).update({ memberCount: db.command.inc(1) }));
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'volunteer_membership', id }, { status: current.status }, { status })));
    return { ...current, status, decidedAt: ctx.now };
  });
  await ctx.deps.notifier.notify({
    to: decided.openid,
    template: 'teamMembership',
    page: `${PAGES.volunteerTeam}?id=${decided.teamId}`,
    data: { thing1: decided.teamName, phrase2: decided.status === 'active' ? '已加入' : '未通过' },
  });
  return toMembershipView(decided);
};

export const leaveTeam: Handler<'volunteers.leaveTeam'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const id = membershipIdOf(input.teamId, member._id);
  return inTransaction(db, async (tx) => {
    const team = await getTeam(tx, input.teamId);
    const current = await readDoc<MembershipDoc>(tx, MEMBERSHIPS, id);
    const isLeader = team.leaderIds.includes(member._id);
    if (!canLeave(current?.status ?? null, isLeader)) throw new AppError('INVALID_STATE');
    checked(await tx.collection(MEMBERSHIPS).doc(id).update({ status: 'left', decidedAt: ctx.now }));
    const wasActive = current?.status === 'active';
    if (wasActive) checked(await tx.collection(TEAMS).doc(team._id).update({ memberCount: db.command.inc(-1) }));
    return { ...toTeamView({ ...team, memberCount: team.memberCount - (wasActive ? 1 : 0) }), myStatus: 'left' as const, canManage: false };
  });
};

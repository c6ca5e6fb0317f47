import { PAGES } from '../../contract/pages';
import { AppError } from '../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import { checked, inTransaction, readDoc, type Transaction } from '../../platform/database';
import type { ActionContext, Handler } from '../../platform/routes';
import type { MemberDoc } from '../../platform/caller';
import { membershipIdOf, MEMBERSHIPS, TEAMS, type MembershipDoc, type TeamDoc } from './docs';
import { getMember, getTeam } from './reads';
import { toTeamView } from './views';

/**
 * Team leaders, decided by staff. A leader is a member with rights over this team only, and those rights
 * are read from the team at every check (store.managesActivity), so a change here holds at once for every
 * activity of the team: nothing else carries a copy to bring in step.
 */

/** Makes `person` an active member and a leader of `team` inside `tx`; returns whether they newly joined. */
const makeLeader = async (ctx: ActionContext, tx: Transaction, team: TeamDoc, person: MemberDoc): Promise<boolean> => {
  const id = membershipIdOf(team._id, person._id);
  const membership = await readDoc<MembershipDoc>(tx, MEMBERSHIPS, id);
  const fields = { status: 'active' as const, isLeader: true, decidedAt: ctx.now };
  if (membership) checked(await tx.collection(MEMBERSHIPS).doc(id).update(fields));
  else {
    const doc: MembershipDoc = {
      _id: id, teamId: team._id, teamName: team.name, teamKind: team.kind, memberId: person._id,
      memberName: person.name, openid: person.openid, appliedAt: ctx.now, ...fields,
    };
    checked(await tx.collection(MEMBERSHIPS).add(doc));
  }
  return membership?.status !== 'active';
};

/** Appointing a leader makes them a member of the team too (audited with the leaders before and after). */
export const appointLeader: Handler<'volunteers.appointLeader'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const person = await getMember(db, input.memberId);
  const team = await inTransaction(db, async (tx) => {
    const current = await getTeam(tx, input.teamId);
    if (current.leaderIds.includes(person._id)) throw new AppError('ROLE_ALREADY_HELD');
    const joins = await makeLeader(ctx, tx, current, person);
    const after = {
      leaderIds: [...current.leaderIds, person._id],
      leaderNames: [...current.leaderNames, person.name],
      memberCount: current.memberCount + (joins ? 1 : 0),
    };
    checked(await tx.collection(TEAMS).doc(current._id).update(after));
    checked(await tx.collection(AUDIT_COLLECTION).add(
      auditEntry(ctx, { type: 'volunteer_team', id: current._id }, { leaderIds: current.leaderIds }, { leaderIds: after.leaderIds }),
    ));
    return { ...current, ...after };
  });
  await tell(ctx, person.openid, team, '任队长');
  return toTeamView(team);
};

/** The person whose leadership changed hears of it (phrase ≤ 5 characters); a notice never fails the action. */
const tell = async (ctx: ActionContext, openid: string, team: TeamDoc, phrase: string) => {
  await ctx.deps.notifier.notify({
    to: openid,
    template: 'teamMembership',
    page: `${PAGES.volunteerTeam}?id=${team._id}`,
    data: { thing1: team.name, phrase2: phrase },
  });
};

/**
 * Staff remove a leader (with the reason, audited), optionally naming who takes over in the same step. The
 * former leader stays an ordinary member of the team; their rights over it end with this transaction.
 * A team may be left without a leader for a while: staff manage every team meanwhile.
 */
export const removeLeader: Handler<'volunteers.removeLeader'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const successor = input.replaceWith ? await getMember(db, input.replaceWith) : null;
  const team = await inTransaction(db, async (tx) => {
    const current = await getTeam(tx, input.teamId);
    const at = current.leaderIds.indexOf(input.memberId);
    if (at < 0) throw new AppError('ROLE_NOT_HELD');
    if (successor && current.leaderIds.includes(successor._id)) throw new AppError('ROLE_ALREADY_HELD');
    const formerId = membershipIdOf(current._id, input.memberId);
    const former = await readDoc<MembershipDoc>(tx, MEMBERSHIPS, formerId);
    if (former) checked(await tx.collection(MEMBERSHIPS).doc(formerId).update({ isLeader: false, decidedAt: ctx.now }));
    const formerOpenid = former?.openid ?? null;
    const leaderIds = current.leaderIds.filter((_, i) => i !== at);
    const leaderNames = current.leaderNames.filter((_, i) => i !== at);
    let memberCount = current.memberCount;
    if (successor) {
      if (await makeLeader(ctx, tx, current, successor)) memberCount += 1;
      leaderIds.push(successor._id);
      leaderNames.push(successor.name);
    }
    const after = { leaderIds, leaderNames, memberCount };
    checked(await tx.collection(TEAMS).doc(current._id).update(after));
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(
      ctx, { type: 'volunteer_team', id: current._id },
      { leaderIds: current.leaderIds },
      { leaderIds, removed: input.memberId, reason: input.reason, ...(successor ? { replacedBy: successor._id } : {}) },
    )));
    return { ...current, ...after, formerOpenid };
  });
  if (team.formerOpenid) await tell(ctx, team.formerOpenid, team, '已卸任队长');
  if (successor) await tell(ctx, successor.openid, team, '任队长');
  return toTeamView(team);
};

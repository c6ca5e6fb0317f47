import { COLLECTIONS } from '../../contract/collections';
import { AppError } from '../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import type { MemberDoc } from '../../platform/caller';
import { checked, inTransaction, readDoc, type Database } from '../../platform/database';
import { requireMember, type ActionContext, type Handler } from '../../platform/routes';
import { getBranch } from './branches/branch-store';
import { toMemberSummary } from './member-view';

type RoleFields = Pick<MemberDoc, 'roles' | 'secretaryOf'>;

/**
 * Reads the member inside a transaction, applies `change` to its role fields, and writes the member
 * and one audit entry together, so a role never changes without its record of who changed it.
 */
const changeRoles = async (
  ctx: ActionContext,
  memberId: string,
  change: (current: RoleFields) => RoleFields,
): Promise<MemberDoc> => {
  const db: Database = ctx.deps.db;
  return inTransaction(db, async (tx) => {
    const member = await readDoc<MemberDoc>(tx, COLLECTIONS.members, memberId);
    if (!member) throw new AppError('MEMBER_NOT_FOUND');
    const before: RoleFields = { roles: member.roles, secretaryOf: member.secretaryOf ?? null } as RoleFields;
    const after = change({ roles: member.roles, secretaryOf: member.secretaryOf });
    const update = { roles: after.roles, secretaryOf: after.secretaryOf ?? db.command.remove(), updatedAt: ctx.now };
    checked(await tx.collection(COLLECTIONS.members).doc(memberId).update(update));
    const recorded = { roles: after.roles, secretaryOf: after.secretaryOf ?? null };
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'member', id: memberId }, before, recorded)));
    return { ...member, ...after } as MemberDoc;
  });
};

export const grantRole: Handler<'members.grantRole'> = async (ctx, input) => {
  // Check the branch before the transaction: transactions hold locks, so keep them short.
  // A branch, when named, must exist whatever the role (only a secretary's is kept).
  const named = input.branchId || input.role === 'secretary' ? (await getBranch(ctx.deps.db, input.branchId as string))._id : undefined;
  const branchId = input.role === 'secretary' ? named : undefined;
  const updated = await changeRoles(ctx, input.memberId, (current) => {
    const holds = current.roles.includes(input.role);
    if (holds && (input.role !== 'secretary' || current.secretaryOf === branchId)) throw new AppError('ROLE_ALREADY_HELD');
    return {
      roles: holds ? current.roles : [...current.roles, input.role],
      // A secretary runs one branch; granting another branch moves them, and the audit shows from where.
      secretaryOf: input.role === 'secretary' ? branchId : current.secretaryOf,
    };
  });
  return toMemberSummary(updated);
};

export const revokeRole: Handler<'members.revokeRole'> = async (ctx, input) => {
  const { member: self } = requireMember(ctx.caller);
  if (input.role === 'admin' && input.memberId === self._id) throw new AppError('CANNOT_REVOKE_SELF');
  const updated = await changeRoles(ctx, input.memberId, (current) => {
    if (!current.roles.includes(input.role)) throw new AppError('ROLE_NOT_HELD');
    return {
      roles: current.roles.filter((role) => role !== input.role),
      secretaryOf: input.role === 'secretary' ? undefined : current.secretaryOf,
    };
  });
  return toMemberSummary(updated);
};

import { COLLECTIONS } from '../../contract/collections';
import { AppError } from '../../platform/app-error';
import type { MemberDoc } from '../../platform/caller';
import { checked, inTransaction, isDuplicateWrite } from '../../platform/database';
import type { Handler } from '../../platform/routes';
import { getBranch } from './branches/branch-store';
import { toMemberView } from './member-view';
import { nameKeys } from './name-keys';
import { claimInvitation } from '../care/welcome';

/**
 * 一人一策 registration: the caller's openid becomes a member of the branch they chose. Opened from a 荣退
 * invitation, the same transaction marks the invitation used by this member.
 */
export const register: Handler<'members.register'> = async (ctx, input) => {
  if (ctx.caller.member) throw new AppError('ALREADY_REGISTERED');
  const { db } = ctx.deps;
  const branch = await getBranch(db, input.branchId);
  const { invite, ...profile } = input;
  const doc: Omit<MemberDoc, '_id'> & { nameKeys: string[] } = {
    ...profile,
    nameKeys: nameKeys(input.name),
    openid: ctx.caller.openid,
    branchName: branch.name,
    roles: ['member'],
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  try {
    const id = await inTransaction(db, async (tx) => {
      const added = checked(await tx.collection(COLLECTIONS.members).add(doc));
      checked(await tx.collection(COLLECTIONS.branches).doc(branch._id).update({ memberCount: db.command.inc(1) }));
      const id = (added as { id: string }).id;
      if (invite) await claimInvitation(tx, invite, id, ctx.now);
      return id;
    });
    return toMemberView({ ...doc, _id: id });
  } catch (error) {
    // Two devices registering the same WeChat user at once: the unique openid index lets one win.
    if (isDuplicateWrite(error)) throw new AppError('ALREADY_REGISTERED');
    throw error;
  }
};

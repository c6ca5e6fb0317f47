import { COLLECTIONS } from '../../contract/collections';
import type { MemberDoc } from '../../platform/caller';
import { bureauPhone } from '../../platform/bureau';
import { readDoc } from '../../platform/database';
import { requireMember, type Handler } from '../../platform/routes';
import type { BranchDoc } from './branches/branch-store';

/**
 * Who the caller rings for help. Everything is read from the caller's own record: their branch (by the
 * branchId on file, never an input) and the member whose `secretaryOf` is that branch, so a member
 * never sees a number of another branch. The branch's own phone, when an admin set one, wins over the
 * secretary's personal phone: it is the number the branch asked people to use. Two reads side by side,
 * the branch by id and the secretary on members.secretary_name.
 */
export const helpContacts: Handler<'members.helpContacts'> = async (ctx) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const [branch, secretaries] = await Promise.all([
    readDoc<BranchDoc>(db, COLLECTIONS.branches, member.branchId),
    db.collection(COLLECTIONS.members).where({ secretaryOf: member.branchId }).orderBy('name', 'asc').limit(1).get(),
  ]);
  const secretary = secretaries.data[0] as MemberDoc | undefined;
  const phone = branch?.phone ?? secretary?.phone;
  const bureau = bureauPhone();
  return {
    branchName: branch?.name ?? member.branchName,
    ...(phone ? { branch: { ...(secretary ? { secretaryName: secretary.name } : {}), phone } } : {}),
    ...(bureau ? { bureauPhone: bureau } : {}),
  };
};

import { COLLECTIONS } from '../../../contract/collections';
import type { BranchView } from '../../../contract/member-model';
import { AppError } from '../../../platform/app-error';
import { readDoc, type Database } from '../../../platform/database';

export interface BranchDoc {
  _id: string;
  name: string;
  township?: string;
  /** The number members of this branch ring for help (支部电话), set by an admin; absent: the secretary's own. */
  phone?: string;
  order: number;
  /** Kept by register/updateProfile so lists never count members per branch on read. */
  memberCount: number;
  createdAt: Date;
}

/**
 * A branch as lists show it. The branch phone goes only to admins (`withPhone`): the list is open to
 * everyone (the registration form needs it), and a member reads only their own branch's number
 * (members.helpContacts).
 */
export const toBranchView = (doc: BranchDoc, withPhone = false): BranchView => ({
  id: doc._id,
  name: doc.name,
  ...(doc.township ? { township: doc.township } : {}),
  ...(withPhone && doc.phone ? { phone: doc.phone } : {}),
  memberCount: doc.memberCount ?? 0,
});

export const getBranch = async (db: Database, branchId: string): Promise<BranchDoc> => {
  const doc = await readDoc<BranchDoc>(db, COLLECTIONS.branches, branchId);
  if (!doc) throw new AppError('BRANCH_NOT_FOUND', { branchId: '没有找到这个党支部，请重新选择' });
  return doc;
};

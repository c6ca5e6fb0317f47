import { COLLECTIONS } from '../../../contract/collections';
import type { BranchView } from '../../../contract/member-model';
import { AppError } from '../../../platform/app-error';
import { readDoc, type Database } from '../../../platform/database';

export interface BranchDoc {
  _id: string;
  name: string;
  township?: string;
  order: number;
  /** Kept by register/updateProfile so lists never count members per branch on read. */
  memberCount: number;
  createdAt: Date;
}

export const toBranchView = (doc: BranchDoc): BranchView => ({
  id: doc._id,
  name: doc.name,
  ...(doc.township ? { township: doc.township } : {}),
  memberCount: doc.memberCount ?? 0,
});

export const getBranch = async (db: Database, branchId: string): Promise<BranchDoc> => {
  const doc = await readDoc<BranchDoc>(db, COLLECTIONS.branches, branchId);
  if (!doc) throw new AppError('BRANCH_NOT_FOUND', { branchId: '没有找到这个党支部，请重新选择' });
  return doc;
};

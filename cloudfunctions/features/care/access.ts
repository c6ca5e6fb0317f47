import { COLLECTIONS } from '../../contract/collections';
import { AppError } from '../../platform/app-error';
import type { Caller, MemberDoc } from '../../platform/caller';
import { readDoc, type Database, type Transaction } from '../../platform/database';
import { getBranch } from '../members/branches/branch-store';
import { holds, SECRETARY, STAFF } from '../../contract/roles';

/**
 * Who may act on whose care: staff county-wide; a branch secretary for the members of their own branch
 * only. Checked on the person named, not only on the caller's role.
 */
export const mayCareFor = (caller: Caller, branchId: string): boolean =>
  holds(caller.roles, STAFF) || (holds(caller.roles, SECRETARY) && caller.member?.secretaryOf === branchId);

export const requireCareFor = (caller: Caller, branchId: string): void => {
  if (!mayCareFor(caller, branchId)) throw new AppError('FORBIDDEN');
};

/** The branch a list is for: staff may pick one (it must exist) or see the county (undefined); a secretary sees their own. */
export const listBranch = async (db: Database, caller: Caller, requested: string | undefined): Promise<string | undefined> => {
  if (holds(caller.roles, STAFF)) {
    if (requested) await getBranch(db, requested);
    return requested;
  }
  const own = caller.member?.secretaryOf;
  if (!own || (requested && requested !== own)) throw new AppError('FORBIDDEN');
  return own;
};

export const getMember = async (db: Database | Transaction, memberId: string): Promise<MemberDoc> => {
  const m = await readDoc<MemberDoc>(db, COLLECTIONS.members, memberId);
  if (!m) throw new AppError('MEMBER_NOT_FOUND');
  return m;
};

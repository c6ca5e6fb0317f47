import { COLLECTIONS } from '../../../contract/collections';
import { AppError } from '../../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../../platform/audit';
import { checked, inTransaction, isDuplicateWrite, readDoc } from '../../../platform/database';
import { pageWindow, toPage } from '../../../platform/paging';
import type { Handler } from '../../../platform/routes';
import { ADMIN, holds } from '../../../contract/roles';
import { toBranchView, type BranchDoc } from './branch-store';

const nameTaken = () => new AppError('BRANCH_NAME_TAKEN', { name: '已有同名的党支部，请换一个名称' });

export const listBranches: Handler<'branches.list'> = async (ctx, input) => {
  const { skip, limit } = pageWindow(input);
  const { data } = await ctx.deps.db.collection(COLLECTIONS.branches).orderBy('order', 'asc').skip(skip).limit(limit).get();
  const admin = holds(ctx.caller.roles, ADMIN);
  return toPage(data as BranchDoc[], input, (doc) => toBranchView(doc, admin));
};

export const createBranch: Handler<'branches.create'> = async (ctx, input) => {
  const doc: Omit<BranchDoc, '_id'> = {
    name: input.name,
    ...(input.township ? { township: input.township } : {}),
    // New branches go last; time keeps the order stable without reading the current maximum.
    order: ctx.now.getTime(),
    memberCount: 0,
    createdAt: ctx.now,
  };
  try {
    const id = await inTransaction(ctx.deps.db, async (tx) => {
      const added = checked(await tx.collection(COLLECTIONS.branches).add(doc)) as { id: string };
      checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'branch', id: added.id }, null, doc)));
      return added.id;
    });
    return toBranchView({ ...doc, _id: id }, true);
  } catch (error) {
    if (isDuplicateWrite(error)) throw nameTaken();
    throw error;
  }
};

export const renameBranch: Handler<'branches.rename'> = async (ctx, input) => {
  const { db } = ctx.deps;
  let renamed: BranchDoc;
  try {
    renamed = await inTransaction(db, async (tx) => {
      const branch = await readDoc<BranchDoc>(tx, COLLECTIONS.branches, input.branchId);
      if (!branch) throw new AppError('BRANCH_NOT_FOUND');
      const phone = input.phone === undefined ? branch.phone : input.phone || undefined;
      checked(await tx.collection(COLLECTIONS.branches).doc(branch._id).update({ name: input.name, phone: phone ?? db.command.remove() }));
      const target = { type: 'branch', id: branch._id };
      const before = { name: branch.name, phone: branch.phone ?? null };
      checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, target, before, { name: input.name, phone: phone ?? null })));
      return { ...branch, name: input.name, phone };
    });
  } catch (error) {
    if (isDuplicateWrite(error)) throw nameTaken();
    throw error;
  }
  // Members carry a copy of their branch's name so member lists need no join. Transactions only
  // take single documents, so the copies follow right after; a retry of the rename repairs them.
  checked(await db.collection(COLLECTIONS.members).where({ branchId: renamed._id }).update({ branchName: renamed.name }));
  return toBranchView(renamed, true);
};

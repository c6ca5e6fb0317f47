import { COLLECTIONS } from '../../contract/collections';
import type { MemberDoc } from '../../platform/caller';
import { pageWindow, toPage } from '../../platform/paging';
import type { Handler } from '../../platform/routes';
import { getBranch } from './branches/branch-store';
import { toMemberSummary } from './member-view';
import { nameKey } from './name-keys';

/** Admin and staff search: by name fragment, branch and role, a page at a time. */
export const list: Handler<'members.list'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const filter: Record<string, unknown> = {};
  if (input.branchId) filter.branchId = input.branchId;
  // Everyone registered is a member; filtering on it would only cost an index.
  if (input.role && input.role !== 'member') filter.roles = input.role;
  // One equality on the name_keys index (see name-keys.ts), not a regex over every name.
  if (input.keyword) filter.nameKeys = nameKey(input.keyword);

  const { skip, limit } = pageWindow(input);
  // A branch filter must name a branch (a stale id is refused, not answered with nobody); read alongside.
  const [{ data }] = await Promise.all([
    db.collection(COLLECTIONS.members).where(filter).orderBy('name', 'asc').skip(skip).limit(limit).get(),
    input.branchId ? getBranch(db, input.branchId) : null,
  ]);
  return toPage(data as MemberDoc[], input, toMemberSummary);
};

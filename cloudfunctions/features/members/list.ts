import { COLLECTIONS } from '../../contract/collections';
import type { MemberDoc } from '../../platform/caller';
import { escapeRegExp } from '../../platform/database';
import { pageWindow, toPage } from '../../platform/paging';
import type { Handler } from '../../platform/routes';
import { toMemberSummary } from './member-view';

/** Admin and staff search: by name fragment, branch and role, a page at a time. */
export const list: Handler<'members.list'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const filter: Record<string, unknown> = {};
  if (input.branchId) filter.branchId = input.branchId;
  // Everyone registered is a member; filtering on it would only cost an index.
  if (input.role && input.role !== 'member') filter.roles = input.role;
  if (input.keyword) filter.name = db.RegExp({ regexp: escapeRegExp(input.keyword), options: 'i' });

  const { skip, limit } = pageWindow(input);
  const { data } = await db.collection(COLLECTIONS.members).where(filter).orderBy('name', 'asc').skip(skip).limit(limit).get();
  return toPage(data as MemberDoc[], input, toMemberSummary);
};

import { COLLECTIONS } from '../../contract/collections';
import type { MemberDoc } from '../../platform/caller';
import { escapeRegExp } from '../../platform/database';
import type { Handler } from '../../platform/routes';
import { toMemberSummary } from './member-view';

/**
 * Admin and staff search: by name fragment, branch and role, a page at a time. One extra row is
 * fetched to know whether another page exists, so no count query is needed (one read per page).
 */
export const list: Handler<'members.list'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const filter: Record<string, unknown> = {};
  if (input.branchId) filter.branchId = input.branchId;
  // Everyone registered is a member; filtering on it would only cost an index.
  if (input.role && input.role !== 'member') filter.roles = input.role;
  if (input.keyword) filter.name = db.RegExp({ regexp: escapeRegExp(input.keyword), options: 'i' });

  const { data } = await db
    .collection(COLLECTIONS.members)
    .where(filter)
    .orderBy('name', 'asc')
    .skip((input.page - 1) * input.pageSize)
    .limit(input.pageSize + 1)
    .get();
  const rows = data as MemberDoc[];
  return {
    items: rows.slice(0, input.pageSize).map(toMemberSummary),
    page: input.page,
    pageSize: input.pageSize,
    hasMore: rows.length > input.pageSize,
  };
};

import { COLLECTIONS } from '../../contract/collections';
import { AppError } from '../../platform/app-error';
import type { MemberDoc } from '../../platform/caller';
import { pageWindow, toPage } from '../../platform/paging';
import { requireMember, type Handler } from '../../platform/routes';
import { nameKey } from './name-keys';

/**
 * The members of the branch a secretary runs, in name order, optionally by a name fragment. Only what
 * is needed to pick the right person (name, birth year): no phone, no roles. One read, on branch_name
 * (or branch_name_keys with a keyword).
 */
export const myBranch: Handler<'members.myBranch'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  if (!member.secretaryOf) throw new AppError('FORBIDDEN');
  const { db } = ctx.deps;
  const filter: Record<string, unknown> = { branchId: member.secretaryOf };
  // A name fragment is one equality on branch_name_keys (name-keys.ts), not a regex over the whole branch.
  if (input.keyword) filter.nameKeys = nameKey(input.keyword);
  const { skip, limit } = pageWindow(input);
  const { data } = await db.collection(COLLECTIONS.members).where(filter).orderBy('name', 'asc').skip(skip).limit(limit).get();
  return toPage(data as MemberDoc[], input, (m) => ({ id: m._id, name: m.name, birthYear: m.birthYear }));
};

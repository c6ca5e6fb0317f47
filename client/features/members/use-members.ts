import type { MemberSummary } from '@contract/member-model';
import type { InputOf } from '@contract/registry';
import { callApi } from '../../api/call-api';
import { useLoad } from '../../api/use-load';
import { usePaged } from '../../api/use-paged';

/** Finding people: staff and admins search every member, a branch secretary the people of their own branch. */

export type MemberFilter = Omit<InputOf<'members.list'>, 'page' | 'pageSize'>;

/** Members by name, branch or role, ten a page (`key` says when the search changed). */
export const useMembersFound = (filter: MemberFilter, key: string) =>
  usePaged<MemberSummary>((page) => callApi('members.list', { page, pageSize: 10, ...filter }), key);

/** Up to fifty members of one role or one branch, for a pick list. */
export const useMembersOf = (filter: MemberFilter, key: string) => useLoad(() => callApi('members.list', { ...filter, pageSize: 50 }), key);

interface BranchPerson {
  id: string;
  name: string;
  birthYear: number;
}

/** The secretary's own branch by part of a name, ten a page. */
export const useBranchPeople = (keyword: string) =>
  usePaged<BranchPerson>((page) => callApi('members.myBranch', { page, pageSize: 10, ...(keyword ? { keyword } : {}) }), keyword);

/** The first ten of the secretary's branch by part of a name (a quick finder). */
export const findBranchPeople = (keyword: string) => callApi('members.myBranch', { page: 1, pageSize: 10, ...(keyword ? { keyword } : {}) });

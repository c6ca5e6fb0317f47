import type { MemberSummary } from '@contract/member-model';
import type { useMembersFound } from '../../features/members/use-members';
import type { BranchesState } from '../../features/profile/use-branches';

export interface MembersDeskProps {
  list: ReturnType<typeof useMembersFound>;
  branches: BranchesState;
  onRetryBranches: () => void;
  onChanged: (member: MemberSummary) => void;
}

/**
 * 人员与身份 at a wide desk: the members found as a table, the one opened beside it with its role editor
 * (电脑上办公). Only the H5 build has a desk (MembersDesk.h5.tsx); this suffix-less file is what the
 * mini-program build and the type checker see, so no phone package carries it.
 */
export function MembersDesk(_props: MembersDeskProps) {
  return null;
}

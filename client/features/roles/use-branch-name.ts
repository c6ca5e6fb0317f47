import { useEffect, useState } from 'react';
import type { MemberView } from '@contract/member-model';
import { fetchAllBranches } from '../profile/use-branches';

/** The name of a branch by id: the member's own branch is known; any other is looked up once. */
export function useBranchName(branchId: string | undefined, member?: MemberView): string | undefined {
  const known = branchId && member && branchId === member.branchId ? member.branchName : undefined;
  const [name, setName] = useState<string | undefined>(known);
  useEffect(() => {
    if (!branchId) {
      setName('（还没有指定）');
      return;
    }
    if (known) {
      setName(known);
      return;
    }
    let live = true;
    void fetchAllBranches().then((s) => {
      if (!live) return;
      setName(s.status === 'ready' ? (s.branches.find((b) => b.id === branchId)?.name ?? '（支部已不存在）') : '（暂时读不出来）');
    });
    return () => {
      live = false;
    };
  }, [branchId, known]);
  return name;
}

import { useCallback, useEffect, useState } from 'react';
import type { BranchView } from '@contract/member-model';
import { callApi } from '../../api/call-api';

export type BranchesState =
  | { status: 'loading' }
  | { status: 'ready'; branches: BranchView[] }
  | { status: 'error'; message: string };

/** A county has tens of branches: fetch them a page (100) at a time until done, at most 10 pages. */
export async function fetchAllBranches(): Promise<BranchesState> {
  const all: BranchView[] = [];
  for (let page = 1; page <= 10; page += 1) {
    const res = await callApi('branches.list', { page, pageSize: 100 });
    if (!res.ok) return { status: 'error', message: res.error.message };
    all.push(...res.data.items);
    if (!res.data.hasMore) break;
  }
  return { status: 'ready', branches: all };
}

export function useBranches() {
  const [state, setState] = useState<BranchesState>({ status: 'loading' });
  const reload = useCallback(async () => {
    setState({ status: 'loading' });
    setState(await fetchAllBranches());
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { state, reload };
}

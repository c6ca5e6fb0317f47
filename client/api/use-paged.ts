import { useCallback, useEffect, useRef, useState } from 'react';
import type { Envelope } from '@contract/envelope';
import type { Paged } from '@contract/text';

export interface PagedState<T> {
  status: 'loading' | 'ready' | 'error';
  items: T[];
  hasMore: boolean;
  /** Plain-words message when status is 'error' (or when loading more failed). */
  error?: string;
  loadingMore: boolean;
}

type Loader<T> = (page: number) => Promise<Envelope<Paged<T>>>;

function initial<T>(): PagedState<T> {
  return { status: 'loading', items: [], hasMore: false, loadingMore: false };
}

/**
 * Page-at-a-time list state for PagedList: the first page on mount and whenever `key` changes (filters),
 * "加载更多" appends the next page; a late answer for old filters is ignored. Reads carry no intent.
 */
export function usePaged<T>(load: Loader<T>, key: string) {
  const [state, setState] = useState<PagedState<T>>(initial<T>);
  const generation = useRef(0);
  const page = useRef(0);
  const busy = useRef(false);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async () => {
    const gen = ++generation.current;
    page.current = 0;
    busy.current = true;
    setState(initial<T>());
    const res = await loadRef.current(1);
    if (gen !== generation.current) return;
    busy.current = false;
    if (res.ok) {
      page.current = 1;
      setState({ status: 'ready', items: res.data.items, hasMore: res.data.hasMore, loadingMore: false });
    } else {
      setState({ status: 'error', items: [], hasMore: false, error: res.error.message, loadingMore: false });
    }
  }, []);

  const loadMore = useCallback(async () => {
    if (busy.current) return;
    const gen = generation.current;
    const next = page.current + 1;
    busy.current = true;
    setState((s) => ({ ...s, loadingMore: true, error: undefined }));
    const res = await loadRef.current(next);
    if (gen !== generation.current) return;
    busy.current = false;
    if (res.ok) {
      page.current = next;
      setState((s) => ({ status: 'ready', items: [...s.items, ...res.data.items], hasMore: res.data.hasMore, loadingMore: false }));
    } else {
      setState((s) => ({ ...s, loadingMore: false, error: res.error.message }));
    }
  }, []);

  /** Replace one item in place (after an edit), keeping the list and the reader's place in it. */
  const update = useCallback((match: (item: T) => boolean, next: T) => {
    setState((s) => ({ ...s, items: s.items.map((it) => (match(it) ? next : it)) }));
  }, []);

  useEffect(() => {
    void reload();
  }, [key, reload]);

  return { state, reload, loadMore, update };
}

/** An empty page, for a list whose caller is not ready yet (not signed in): nothing is asked. */
export const emptyPage = <T>(page = 1, pageSize = 10): Promise<Envelope<Paged<T>>> =>
  Promise.resolve({ ok: true, data: { items: [] as T[], page, pageSize, hasMore: false }, requestId: '' });

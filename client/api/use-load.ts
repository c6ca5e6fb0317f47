import { useCallback, useEffect, useRef, useState } from 'react';
import type { Envelope } from '@contract/envelope';

export interface Loaded<T> {
  status: 'loading' | 'ready' | 'error';
  data?: T;
  error?: string;
}

/**
 * Loads one answer on mount and whenever `key` changes; `set` replaces it after a write answered the new
 * value; a late answer for an old key is ignored. Reads carry no intent: each load is a new request.
 */
export function useLoad<T>(load: () => Promise<Envelope<T>>, key: string) {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const loadRef = useRef(load);
  loadRef.current = load;
  const gen = useRef(0);
  const reload = useCallback(async () => {
    const mine = ++gen.current;
    setState((s) => ({ status: s.data ? 'ready' : 'loading', data: s.data }));
    const res = await loadRef.current();
    if (mine !== gen.current) return;
    setState(res.ok ? { status: 'ready', data: res.data } : { status: 'error', error: res.error.message });
  }, []);
  const set = useCallback((data: T) => setState({ status: 'ready', data }), []);
  useEffect(() => {
    void reload();
  }, [key, reload]);
  return { state, reload, set };
}

/** The answer for a caller that is not signed in yet: nothing is asked, and the page shows no message. */
export const notYet = (): Promise<Envelope<never>> => Promise.resolve({ ok: false, error: { code: 'UNAUTHENTICATED', message: '' }, requestId: '' });

/** An answer known without asking (nothing to load yet, e.g. no team chosen). */
export const answered = <T>(data: T): Promise<Envelope<T>> => Promise.resolve({ ok: true, data, requestId: '' });

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Envelope } from '@contract/envelope';

export interface Loaded<T> {
  status: 'loading' | 'ready' | 'error';
  data?: T;
  error?: string;
}

/** Loads one answer on mount and whenever `key` changes; `set` replaces it after an action. */
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

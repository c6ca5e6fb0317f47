import { useRef } from 'react';

/**
 * Request ids: one per user intent, reused when the same intent is retried, so the
 * server's idempotency makes a double tap or a retry after a lost answer safe.
 */
let counter = 0;

export function newRequestId(): string {
  counter = (counter + 1) % 1296;
  const time = Date.now().toString(36);
  const rand = Math.random().toString(36).slice(2, 10).padEnd(8, '0');
  return `c-${time}-${rand}${counter.toString(36).padStart(2, '0')}`;
}

export interface Intent {
  /** The id for this input: the same as last time if the input is unchanged and not yet settled. */
  idFor(input: unknown): string;
  /** Call after a definite answer (success, or a rejection that will not change on retry). */
  settle(): void;
}

/** Where an unsettled intent is kept so it outlives the page (see features/drafts/intent-store.ts). */
export interface IntentStore {
  load(): { key: string; id: string } | null;
  save(last: { key: string; id: string } | null): void;
}

/** Plain (non-hook) version, for code outside components. */
export function createIntent(store?: IntentStore): Intent {
  let last: { key: string; id: string } | null = store?.load() ?? null;
  return {
    idFor(input) {
      const key = JSON.stringify(input ?? null);
      if (!last || last.key !== key) {
        last = { key, id: newRequestId() };
        // Kept before the request leaves: an app killed mid-send resends with the same id.
        store?.save(last);
      }
      return last.id;
    },
    settle() {
      last = null;
      store?.save(null);
    },
  };
}

/**
 * One intent per form (or per button): submitting the same values again reuses the id; changing the
 * values makes a new intent, since the server refuses a reused id with different input.
 */
export function useIntent(store?: IntentStore): Intent {
  const ref = useRef<Intent | null>(null);
  if (!ref.current) ref.current = createIntent(store);
  return ref.current;
}

import { useRef } from 'react';
import type { Envelope } from '@contract/envelope';
import type { ErrorCode } from '@contract/errors';

/**
 * Request ids: one per user intent, reused when the same intent is sent again, so the server's
 * idempotency (it keeps a write's answer under caller + action + requestId and replays it) makes a
 * double tap or a resend after a lost answer safe.
 */
let counter = 0;

export function newRequestId(): string {
  counter = (counter + 1) % 1296;
  const time = Date.now().toString(36);
  const rand = Math.random().toString(36).slice(2, 10).padEnd(8, '0');
  return `c-${time}-${rand}${counter.toString(36).padStart(2, '0')}`;
}

/**
 * The answers after which the write MAY have happened, or may still happen, without the caller knowing:
 *  - INTERNAL: the answer was lost on the way (no signal, an unreadable reply; call-api.ts says INTERNAL
 *    for both) or the function failed part-way; the server may have done it and kept its answer.
 *  - BUSY: the same request is still running, or the platform made it wait; call-api.ts already resent
 *    it with the same id for as long as RETRY_BUDGET_MS allows, and this is what was left.
 *  - RATE_LIMITED: this attempt was not looked at, but an earlier send of the same id may still land.
 * For these the id is KEPT: the next send of the same input replays the first answer, or does it once.
 *
 * Every other answer is definite: a success, or a refusal the server decided on this input (it keeps
 * nothing for a refusal). Then the id is DROPPED, so the next send —
 * the input corrected, or the same input once things changed (a seat came free) — is a new request.
 * A changed input always gets a new id anyway (see createIntent): the server refuses a reused id with
 * different input.
 */
const MAYBE_HAPPENED: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['INTERNAL', 'BUSY', 'RATE_LIMITED']);

/** True when the next send of the same input must carry the same requestId (the rule above). */
export const keepsRequestId = (answer: Envelope<unknown>): boolean => !answer.ok && MAYBE_HAPPENED.has(answer.error.code);

export interface Intent {
  /** The id for this input: the same as last time if the input is unchanged and not yet settled. */
  idFor(input: unknown): string;
  /** Keeps or drops the id after an answer, by keepsRequestId. */
  answered(answer: Envelope<unknown>): void;
  /** Forgets the id: the next send is a new request. */
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
  const settle = () => {
    last = null;
    store?.save(null);
  };
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
    answered(answer) {
      if (!keepsRequestId(answer)) settle();
    },
    settle,
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

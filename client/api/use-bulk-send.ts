import { useRef } from 'react';
import type { Envelope } from '@contract/envelope';
import type { ActionName, InputOf, OutputOf } from '@contract/registry';
import { createIntent, type Intent } from './request-id';
import { sendIntent } from './use-send';
import { BULK_CONCURRENCY, runBounded } from './run-bounded';

/** One row's outcome in a bulk move: done, or the server's refusal in its own words (and code). */
export type BulkResult = { ok: true; text: string } | { ok: false; text: string; code: string };

/** The rows a second press sends again: those not done yet (never one already done). */
export const stillToDo = (keys: readonly string[], results: ReadonlyMap<string, BulkResult>): string[] =>
  keys.filter((key) => !results.get(key)?.ok);

/**
 * Sends `action` once per row key, bounded. Each (action, row) is an intent of its own, kept across presses:
 * a row whose answer was lost is resent with the same requestId (the server answers it from what it did),
 * while a row refused or done starts afresh (request-id.ts). `onAnswer` hears every row as its answer comes.
 */
export function useBulkSend() {
  const intents = useRef(new Map<string, Intent>());
  const intentFor = (action: ActionName, key: string): Intent => {
    const id = `${action}\u0000${key}`;
    let intent = intents.current.get(id);
    if (!intent) {
      intent = createIntent();
      intents.current.set(id, intent);
    }
    return intent;
  };
  return <A extends ActionName>(action: A, keys: readonly string[], inputFor: (key: string) => InputOf<A>, onAnswer: (key: string, answer: Envelope<OutputOf<A>>) => void) =>
    runBounded(keys, BULK_CONCURRENCY, async (key) => {
      onAnswer(key, await sendIntent(intentFor(action, key), action, inputFor(key)));
    });
}

import { useCallback } from 'react';
import type { Envelope } from '@contract/envelope';
import type { ActionName, InputOf, OutputOf } from '@contract/registry';
import { callApi, type CallOptions } from './call-api';
import { useIntent, type Intent, type IntentStore } from './request-id';

/** Sends one write of an intent, and keeps or drops its requestId by the answer (request-id.ts). */
export async function sendIntent<A extends ActionName>(intent: Intent, action: A, input: InputOf<A>, opts: Omit<CallOptions, 'requestId'> = {}): Promise<Envelope<OutputOf<A>>> {
  const answer = await callApi(action, input, { ...opts, requestId: intent.idFor({ action, input }) });
  intent.answered(answer);
  return answer;
}

export type Send = <A extends ActionName>(action: A, input: InputOf<A>) => Promise<Envelope<OutputOf<A>>>;

/**
 * The writes of one form or one row, when the caller shows the answer its own way (see use-run.ts for
 * the usual busy / error / fields state). `keep`: where an unsettled intent outlives the page (a form's
 * draft), so a resend after a restart is the same intent.
 */
export function useSend(keep?: IntentStore): Send {
  const intent = useIntent(keep);
  return useCallback(<A extends ActionName>(action: A, input: InputOf<A>) => sendIntent(intent, action, input), [intent]);
}

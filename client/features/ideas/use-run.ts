import { useState } from 'react';
import type { ActionName, InputOf, OutputOf } from '@contract/registry';
import { callApi } from '../../api/call-api';
import { useIntent, type IntentStore } from '../../api/request-id';

export interface RunState {
  busy: boolean;
  error?: string;
  fields?: Record<string, string>;
}

/**
 * One button's call: busy while it runs, the same requestId when the same input is sent again (a
 * retry after a lost answer), the server's message and field errors in plain words when it fails.
 */
export function useRun<A extends ActionName>(action: A, keep?: IntentStore) {
  // `keep`: where an unsettled intent outlives the page (a form's draft), so a resend after a restart is the same intent.
  const intent = useIntent(keep);
  const [state, setState] = useState<RunState>({ busy: false });
  const run = async (input: InputOf<A>): Promise<OutputOf<A> | null> => {
    if (state.busy) return null;
    setState({ busy: true });
    const res = await callApi(action, input, { requestId: intent.idFor({ action, input }) });
    if (res.ok) {
      intent.settle();
      setState({ busy: false });
      return res.data;
    }
    // A definite refusal will not change on retry; a network failure keeps the id for the retry.
    if (res.error.code !== 'INTERNAL' && res.error.code !== 'BUSY') intent.settle();
    setState({ busy: false, error: res.error.message, fields: res.error.fields });
    return null;
  };
  return { ...state, run, clear: () => setState({ busy: false }) };
}

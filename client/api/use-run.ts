import { useState } from 'react';
import type { ActionName, InputOf, OutputOf } from '@contract/registry';
import type { IntentStore } from './request-id';
import { useSend } from './use-send';

export interface RunState {
  busy: boolean;
  error?: string;
  fields?: Record<string, string>;
}

/**
 * One button's write: busy while it runs (a tap meanwhile is ignored), the same requestId when the same
 * input is sent again after an answer that leaves "maybe happened" (request-id.ts), the server's message
 * and field errors in plain words when it fails.
 */
export function useRun<A extends ActionName>(action: A, keep?: IntentStore) {
  const send = useSend(keep);
  const [state, setState] = useState<RunState>({ busy: false });
  const run = async (input: InputOf<A>): Promise<OutputOf<A> | null> => {
    if (state.busy) return null;
    setState({ busy: true });
    const res = await send(action, input);
    if (res.ok) {
      setState({ busy: false });
      return res.data;
    }
    setState({ busy: false, error: res.error.message, fields: res.error.fields });
    return null;
  };
  return { ...state, run, clear: () => setState({ busy: false }) };
}

import type { ActionName, InputOf, OutputOf } from '@contract/registry';
import { functionFor } from '@contract/functions';
import type { ApiError, Envelope } from '@contract/envelope';
import { isErrorCode } from '@contract/errors';
import { untilNotBusy } from '@contract/retry';
import { send } from './transport';
import { newRequestId } from './request-id';

export const NETWORK_MESSAGE = '网络不太好，请稍后再点一次';
export const BAD_ANSWER_MESSAGE = '系统开了个小差，请稍后再点一次';

export interface CallOptions {
  /** Reuse the id of an earlier attempt of the same intent (see request-id.ts). */
  requestId?: string;
  /** 家人帮办: act for the member of this helper link (features/family/acting.ts). */
  actFor?: string;
}

const failure = <T>(requestId: string, message: string): Envelope<T> => ({
  ok: false,
  error: { code: 'INTERNAL', message },
  requestId,
});

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (!value || typeof value !== 'object') return false;
  const v = value as { ok?: unknown; error?: Partial<ApiError> };
  if (v.ok === true) return 'data' in v;
  return v.ok === false && !!v.error && isErrorCode(v.error.code) && typeof v.error.message === 'string';
}

/**
 * The only way the app talks to the back end. Never throws: a network failure or an answer that is
 * not an envelope becomes `{ ok: false, error: { code: 'INTERNAL', message } }` in plain words.
 * A BUSY answer (the platform made the call wait; nothing happened) is retried here with the same
 * requestId, within RETRY_BUDGET_MS, so the person only ever sees the final answer.
 */
export async function callApi<A extends ActionName>(
  action: A,
  input: InputOf<A>,
  opts: CallOptions = {},
): Promise<Envelope<OutputOf<A>>> {
  const requestId = opts.requestId ?? newRequestId();
  return untilNotBusy(() => callOnce(action, input, requestId, opts.actFor));
}

async function callOnce<A extends ActionName>(action: A, input: InputOf<A>, requestId: string, actFor?: string): Promise<Envelope<OutputOf<A>>> {
  let answer: unknown;
  try {
    answer = await send(functionFor(action), { action, input, requestId, ...(actFor ? { actFor } : {}) });
  } catch {
    return failure(requestId, NETWORK_MESSAGE);
  }
  if (!isEnvelope(answer)) return failure(requestId, BAD_ANSWER_MESSAGE);
  return { ...answer, requestId: answer.requestId || requestId } as Envelope<OutputOf<A>>;
}

import type { Transport } from './transport';

/**
 * H5: POST to the local gateway, which runs the same function code. The gateway answers an envelope
 * with an HTTP status that mirrors the error code; the envelope is the answer whatever the status.
 * Identity travels in the dev-session cookie, never in the body.
 */
export const send: Transport = async (fn, event) => {
  const res = await fetch(`/api/${fn}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ action: event.action, input: event.input, requestId: event.requestId, ...(event.actFor ? { actFor: event.actFor } : {}) }),
  });
  return res.json();
};

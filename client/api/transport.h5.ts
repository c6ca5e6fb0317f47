import type { Transport } from './transport';
import { deskSession, forgetDesk } from './desk-session';

/** The platform's refusal of a desk login that has expired or been revoked (the js-sdk throws it). */
const SIGNED_OUT_CODES = new Set(['INVALID_ACCESS_TOKEN', 'ACCESS_TOKEN_EXPIRED']);
const DESK_GONE = new Set(['DESK_SIGNED_OUT', 'DESK_FORBIDDEN']);

/**
 * H5. A phone page in the browser POSTs to the local gateway, which runs the same function code; the
 * gateway answers an envelope with an HTTP status that mirrors the error code, and identity travels in the
 * dev-session cookie, never in the body.
 *
 * At a signed-in desk (电脑上办公) the same pages call through the js-sdk instead, so the function reads the
 * platform's identity for that desk's member from the SDK's bearer token. The event — requestId included —
 * is the page's own, so the requestId rule holds at the desk as on the phone. The SDK is loaded only here,
 * on first use, so the phone's pages never download it.
 */
export const send: Transport = async (fn, event) => {
  if (deskSession()) return sendFromDesk(fn, event);
  const res = await fetch(`/api/${fn}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ action: event.action, input: event.input, requestId: event.requestId, ...(event.actFor ? { actFor: event.actFor } : {}) }),
  });
  return res.json();
};

/** Through the js-sdk's login: the desk's pages, and the desk sign-in page's own anonymous calls. */
export const sendFromDesk: Transport = async (fn, event) => {
  const { deskSend } = await import('./desk-app');
  try {
    const answer = await deskSend(fn, event);
    const code = (answer as { error?: { code?: string } } | null)?.error?.code;
    if (code && DESK_GONE.has(code)) forgetDesk();
    return answer;
  } catch (error) {
    const code = (error as { code?: string } | null)?.code;
    if (!code || !SIGNED_OUT_CODES.has(code)) throw error;
    forgetDesk();
    return { ok: false, error: { code: 'DESK_SIGNED_OUT', message: '电脑上的登录已过期，请重新扫码登录' }, requestId: event.requestId };
  }
};

import { createVerify } from 'node:crypto';
import type { CustomLoginVerifier } from '../../desk-login-key';

/**
 * A custom-login ticket as @cloudbase/node-sdk's `auth().createTicket(uid, { refresh, expire })` makes it
 * (node_modules/@cloudbase/node-sdk/src/auth/index.ts): `<private_key_id>/@@/<JWT>`, the JWT signed RS256
 * with the console's private key, its payload `{ alg, env, iat, exp, uid, refresh, expire }` with times in
 * milliseconds — `exp` is iat + 10 minutes ("ticket十分钟有效"), `refresh` the access token's lifetime
 * (default one hour), `expire` when the login itself ends (default seven days).
 */
export interface TicketClaims {
  uid: string;
  /** Access token lifetime, ms. */
  refresh: number;
  /** Epoch ms after which the login cannot be refreshed. */
  expire: number;
}

export type TicketCheck = { ok: true; claims: TicketClaims } | { ok: false; error: 'invalid_grant' | 'invalid_argument'; error_description: string };

/** The uid rule createTicket applies (checkCustomUserIdRegex in the same file). */
export const CUSTOM_UID = /^[a-zA-Z0-9_\-#@~=*(){}[\]:.,<>+]{4,32}$/;

const refuse = (error_description: string, error: 'invalid_grant' | 'invalid_argument' = 'invalid_grant'): TicketCheck => ({ ok: false, error, error_description });

const fromBase64url = (part: string): Buffer => Buffer.from(part.replace(/-/g, '+').replace(/_/g, '/'), 'base64');

export const checkTicket = (ticket: unknown, key: CustomLoginVerifier, nowMs: number): TicketCheck => {
  if (typeof ticket !== 'string' || ticket.length === 0) return refuse('ticket required', 'invalid_argument');
  const split = ticket.indexOf('/@@/');
  if (split < 0) return refuse('ticket malformed');
  const keyId = ticket.slice(0, split);
  const parts = ticket.slice(split + 4).split('.');
  if (parts.length !== 3) return refuse('ticket malformed');
  if (keyId !== key.keyId) return refuse('private key id mismatch: download the current custom-login key');
  let header: { alg?: string };
  let payload: Record<string, unknown>;
  try {
    header = JSON.parse(fromBase64url(parts[0]).toString('utf8'));
    payload = JSON.parse(fromBase64url(parts[1]).toString('utf8'));
  } catch {
    return refuse('ticket malformed');
  }
  if (header.alg !== 'RS256') return refuse('ticket must be signed RS256');
  const signed = createVerify('RSA-SHA256').update(`${parts[0]}.${parts[1]}`).verify(key.publicKey, fromBase64url(parts[2]));
  if (!signed) return refuse('ticket signature invalid');
  if (payload.env !== key.envId) return refuse('ticket env mismatch');
  if (typeof payload.exp !== 'number' || payload.exp <= nowMs) return refuse('ticket expired');
  if (typeof payload.uid !== 'string' || !CUSTOM_UID.test(payload.uid)) return refuse('ticket uid invalid');
  const refresh = typeof payload.refresh === 'number' && payload.refresh > 0 ? payload.refresh : 3600_000;
  const expire = typeof payload.expire === 'number' ? payload.expire : nowMs + 7 * 24 * 3600_000;
  if (expire <= nowMs) return refuse('login expired');
  return { ok: true, claims: { uid: payload.uid, refresh, expire } };
};

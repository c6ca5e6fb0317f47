import type { IncomingMessage, ServerResponse } from 'node:http';
import { FUNCTIONS, type FunctionName } from '../../../contract/define';
import type { CustomLoginVerifier } from '../../desk-login-key';
import type { CloudMain } from '../functions';
import { readBody, sendJson } from '../http-util';
import { webContext } from './context';
import { ANONYMOUS_ACCESS_MS, ANONYMOUS_LOGIN_MS, credentialsOf, WebSessions } from './sessions';
import { checkTicket } from './ticket';

/**
 * CloudBase's web-facing gateway as @cloudbase/js-sdk 3.7 speaks to it (the endpoints and bodies are the
 * SDK's own; the emulator README lists the sources): the auth service under /auth/v1 answering
 * `{ error, error_description }` on refusal (oauth2client's defaultRequest throws any body with `error`),
 * and POST /v1/functions/<name> with `Authorization: Bearer <access_token>`, the event as the JSON body
 * and the function's return value as the answer, refusing with `{ code, message }`.
 */
export interface CloudAuthOptions {
  key: CustomLoginVerifier;
  mains: Partial<Record<FunctionName, CloudMain>>;
  now?: () => number;
}

const authError = (res: ServerResponse, status: number, error: string, error_description: string) =>
  sendJson(res, status, { error, error_description });
const gatewayError = (res: ServerResponse, status: number, code: string, message: string) =>
  sendJson(res, status, { code, message, requestId: '' });

const bearer = (req: IncomingMessage): string | null => {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1] : null;
};

const jsonBody = async (req: IncomingMessage): Promise<Record<string, unknown> | null> => {
  const text = await readBody(req);
  if (text === null) return null;
  try {
    const value = JSON.parse(text || '{}');
    return typeof value === 'object' && value !== null ? value : null;
  } catch {
    return null;
  }
};

export const makeCloudAuth = (options: CloudAuthOptions) => {
  const sessions = new WebSessions();
  const now = options.now ?? Date.now;

  const auth = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    const at = now();
    if (path === '/v1/signin/anonymously' && req.method === 'POST') {
      return sendJson(res, 200, credentialsOf(sessions.signIn(undefined, ANONYMOUS_ACCESS_MS, at + ANONYMOUS_LOGIN_MS, at), at));
    }
    if (path === '/v1/signin/custom' && req.method === 'POST') {
      const body = await jsonBody(req);
      if (!body || body.provider_id !== 'custom') return authError(res, 400, 'invalid_argument', 'provider_id must be custom');
      const checked = checkTicket(body.ticket, options.key, at);
      if (!checked.ok) return authError(res, 400, checked.error, checked.error_description);
      const { uid, refresh, expire } = checked.claims;
      return sendJson(res, 200, credentialsOf(sessions.signIn(uid, refresh, expire, at), at));
    }
    if (path === '/v1/token' && req.method === 'POST') {
      const body = await jsonBody(req);
      if (!body || body.grant_type !== 'refresh_token' || typeof body.refresh_token !== 'string') {
        return authError(res, 400, 'invalid_argument', 'grant_type refresh_token with a refresh_token');
      }
      const grant = sessions.refresh(body.refresh_token, at);
      if (grant === 'invalid') return authError(res, 400, 'invalid_grant', 'refresh token invalid');
      if (grant === 'expired') return authError(res, 400, 'invalid_grant', 'refresh token expired');
      return sendJson(res, 200, credentialsOf(grant, at));
    }
    if (path === '/v1/revoke' && req.method === 'POST') {
      // What auth.signOut() sends (no bearer: the token is the body's); an unknown token is already revoked.
      const body = await jsonBody(req);
      if (typeof body?.token === 'string') sessions.signOut(body.token);
      return sendJson(res, 200, {});
    }
    const token = bearer(req);
    const user = token ? sessions.check(token, at) : 'invalid';
    if (path === '/v1/user/me' && req.method === 'GET') {
      if (typeof user === 'string') return authError(res, 401, 'unauthenticated', `access token ${user}`);
      return sendJson(res, 200, { sub: user.uuid, name: user.customUserId ?? '', user_id: user.uuid, groups: [] });
    }
    if (path === '/v1/user/signout' && req.method === 'POST') {
      if (token) sessions.signOut(token);
      return sendJson(res, 200, {});
    }
    return authError(res, 404, 'not_found', `${req.method} /auth${path} is not emulated`);
  };

  const invoke = async (req: IncomingMessage, res: ServerResponse, fn: string): Promise<void> => {
    const token = bearer(req);
    const user = token ? sessions.check(token, now()) : 'invalid';
    if (user === 'invalid') return gatewayError(res, 401, 'INVALID_ACCESS_TOKEN', 'access token invalid');
    if (user === 'expired') return gatewayError(res, 401, 'ACCESS_TOKEN_EXPIRED', 'access token expired');
    const main = (FUNCTIONS as readonly string[]).includes(fn) ? options.mains[fn as FunctionName] : undefined;
    if (!main) return gatewayError(res, 404, 'FUNCTION_NOT_FOUND', `function ${fn} not found`);
    const event = await jsonBody(req);
    if (!event) return gatewayError(res, 400, 'FUNCTION_PARAM_INVALID', 'the body must be a JSON object');
    const result = await main(event, webContext(fn, user, (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '')));
    sendJson(res, 200, result);
  };

  /** Answers the request when it is one of CloudBase's web endpoints; false otherwise. */
  return async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> => {
    if (pathname.startsWith('/auth/')) {
      await auth(req, res, pathname.slice('/auth'.length));
      return true;
    }
    const fn = /^\/v1\/functions\/([^/]+)$/.exec(pathname);
    if (fn && req.method === 'POST') {
      await invoke(req, res, fn[1]);
      return true;
    }
    return false;
  };
};

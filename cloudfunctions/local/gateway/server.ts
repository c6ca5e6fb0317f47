import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import tcb from '@cloudbase/node-sdk';
import { COLLECTIONS } from '../../contract/collections';
import { FUNCTIONS, type FunctionName } from '../../contract/define';
import type { Database } from '../../platform/database';
import { actionsPage, describeActions, outboxPage, type OutboxRow } from './dev-pages';
import { isDevOpenid, listDemoUsers, newUserOpenid } from './dev-users';
import { FUNCTION_MAINS } from './functions';
import { parseCookies, readBody, sendError, sendHtml, sendJson } from './http-util';
import { isGatewayPath, refuseOddCall } from './odd-calls';
import { invokeFunction } from './invoke';
import { serveStatic } from './static-files';
import { handleStorageUpload } from './upload';
import { recordSubscription } from './subscribe';
import { runTimerInvocation } from '../jobs-timer';
import type { CustomLoginVerifier } from '../desk-login-key';
import { makeCloudAuth } from './cloud-auth/routes';
import { DESK_PATH, DESK_ROUTE } from '../../contract/desk-pages';

export const SESSION_COOKIE = 'yl_dev_openid';

export interface GatewayOptions {
  port: number;
  host?: string;
  /** The H5 build to serve (dist/h5). */
  h5Dir: string;
  /** The environment's custom-login key: the gateway then answers CloudBase's web auth and HTTP function calls (the desk). */
  customLogin?: CustomLoginVerifier;
}

export interface Gateway {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The local stand-in for CloudBase's HTTP access to functions (local only, never deployed).
 * The SDK must already point at the emulator (pointSdkAtEmulator) before this starts.
 */
export const startGateway = async (options: GatewayOptions): Promise<Gateway> => {
  const db: Database = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();

  const identity = (req: IncomingMessage): string | null => {
    const header = req.headers['x-dev-openid'];
    const candidate = (Array.isArray(header) ? header[0] : header) ?? parseCookies(req.headers.cookie)[SESSION_COOKIE];
    return isDevOpenid(candidate) ? candidate : null;
  };

  const login = async (req: IncomingMessage, res: ServerResponse) => {
    let body: { openid?: unknown; newUser?: unknown } = {};
    try {
      body = JSON.parse((await readBody(req)) || '{}');
    } catch {
      /* an empty or broken body is answered below */
    }
    const openid = body.newUser === true ? newUserOpenid() : body.openid;
    if (!isDevOpenid(openid)) return sendError(res, 'VALIDATION_FAILED', '请选择一位演示用户');
    sendJson(res, 200, { openid }, { 'set-cookie': `${SESSION_COOKIE}=${openid}; Path=/; HttpOnly; SameSite=Lax` });
  };

  const cloudAuth = options.customLogin ? makeCloudAuth({ key: options.customLogin, mains: FUNCTION_MAINS }) : null;

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const { pathname } = url;
    if (cloudAuth && (await cloudAuth(req, res, pathname))) return;
    if (pathname === DESK_PATH && req.method === 'GET') {
      res.writeHead(302, { location: `/#/${DESK_ROUTE}` });
      return void res.end();
    }
    const apiMatch = /^\/api\/([a-z]+)$/.exec(pathname);
    if (apiMatch && req.method === 'POST') {
      const fn = apiMatch[1] as FunctionName;
      const main = FUNCTIONS.includes(fn) ? FUNCTION_MAINS[fn] : undefined;
      if (!main) return sendError(res, 'UNKNOWN_ACTION', '没有这个云函数');
      return invokeFunction(main, fn, identity(req), req, res);
    }
    if (pathname === '/storage/upload' && req.method === 'POST') return handleStorageUpload(req, res, url, identity(req));
    if (pathname === '/dev/users' && req.method === 'GET') return sendJson(res, 200, { users: await listDemoUsers(db) });
    if (pathname === '/dev/login' && req.method === 'POST') return login(req, res);
    if (pathname === '/dev/logout' && req.method === 'POST') {
      return sendJson(res, 200, { ok: true }, { 'set-cookie': `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax` });
    }
    if (pathname === '/dev/subscribe' && req.method === 'POST') return recordSubscription(req, res, identity(req));
    if (pathname === '/dev/timer' && req.method === 'POST') return sendJson(res, 200, await runTimerInvocation());
    if (pathname === '/dev/actions') {
      return (req.headers.accept ?? '').includes('text/html') ? sendHtml(res, actionsPage()) : sendJson(res, 200, { actions: describeActions() });
    }
    if (pathname === '/dev/outbox') {
      const { data } = await db.collection(COLLECTIONS.outbox).orderBy('createdAt', 'desc').limit(100).get();
      return (req.headers.accept ?? '').includes('text/html') ? sendHtml(res, outboxPage(data as OutboxRow[])) : sendJson(res, 200, { messages: data });
    }
    if (isGatewayPath(pathname)) return refuseOddCall(res, pathname);
    if (req.method === 'GET' || req.method === 'HEAD') return serveStatic(options.h5Dir, pathname, res);
    sendError(res, 'METHOD_NOT_ALLOWED', undefined, { allow: 'GET, HEAD' });
  };

  const server = createServer((req, res) => {
    route(req, res).catch((error) => {
      console.error('[gateway]', error);
      if (!res.headersSent) sendError(res, 'INTERNAL');
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
};

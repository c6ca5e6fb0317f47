import type { IncomingMessage, ServerResponse } from 'node:http';
import { EmulatorError, ErrorCodes } from './errors';
import { newRequestId } from './ids';
import { parseMultipart } from './multipart';
import type { RequestStats } from './stats';
import { handleDownload, handleUpload } from './storage/http';
import type { FileStore } from './storage/files';

/**
 * HTTP front of the emulator. Routes:
 *   POST /admin?env=..&seqId=..   every SDK API call, JSON `{ action, ...params }`; multipart for the
 *                                 binary 云调用 route (`wx.openApi`), answered in bytes
 *   POST /wx/subscribe            WeChat's client recording a requestSubscribeMessage choice (H5 shim)
 *   PUT  /cos/<path>              storage upload (after storage.getUploadMetadata)
 *   GET  /files/<path>            temporary download URLs
 *   GET  /health                  liveness for scripts
 * API answers are always HTTP 200 with `{ ...body, requestId }` or `{ code, message, requestId }`,
 * because the SDK treats any other status as a transport failure rather than a CloudBase error.
 */
export type ActionHandler = (params: Record<string, unknown>) => Promise<Record<string, unknown>>;

export type RawActionHandler = (params: Record<string, unknown>) => Promise<Buffer>;

export interface ServerDeps {
  actions: Record<string, ActionHandler>;
  /** Actions answered in bytes (application/octet-stream), as CloudBase answers `wx.openApi`. */
  rawActions: Record<string, RawActionHandler>;
  /** Records a user's 允许 for templates (what WeChat's client does after requestSubscribeMessage). */
  acceptSubscriptions: (openid: string, templateIds: string[]) => Promise<void>;
  stats: RequestStats;
  files: FileStore;
  /** Simulated network time per SDK request (the bench's "platform round trip"): half each way. */
  latencyMs: () => number;
}

const pause = (ms: number) => (ms > 0 ? new Promise<void>((r) => setTimeout(r, ms)) : Promise.resolve());

const MAX_BODY = 32 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new EmulatorError(ErrorCodes.invalidParam, 'request body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function readParams(req: IncomingMessage): Promise<Record<string, unknown>> {
  const raw = await readBody(req);
  const type = String(req.headers['content-type'] ?? '');
  if (type.startsWith('multipart/form-data')) {
    try {
      return parseMultipart(raw, type);
    } catch (e) {
      throw new EmulatorError(ErrorCodes.invalidParam, (e as Error).message);
    }
  }
  try {
    const parsed = JSON.parse(raw.toString('utf8') || '{}');
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    throw new EmulatorError(ErrorCodes.invalidParam, 'request body is not JSON');
  }
}

function sendJson(res: ServerResponse, body: Record<string, unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function handleApi(req: IncomingMessage, res: ServerResponse, deps: ServerDeps): Promise<void> {
  const requestId = newRequestId();
  let action = 'unknown';
  let counted = false;
  try {
    const body = await readParams(req);
    action = typeof body.action === 'string' ? body.action : 'unknown';
    deps.stats.count(action);
    counted = true;
    const handler = deps.actions[action];
    const raw = deps.rawActions[action];
    if (!handler && !raw) throw new EmulatorError(ErrorCodes.actionNotSupported, `action ${action} is not supported by the local emulator`);
    const half = deps.latencyMs() / 2;
    await pause(half);
    if (raw) {
      const bytes = await raw(body);
      await pause(half);
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length });
      return void res.end(bytes);
    }
    const answer = await handler(body);
    await pause(half);
    sendJson(res, { ...answer, requestId });
  } catch (e) {
    if (!counted) deps.stats.count(action);
    const err = e instanceof EmulatorError ? e : new EmulatorError(ErrorCodes.sysErr, (e as Error)?.message ?? String(e));
    if (!(e instanceof EmulatorError)) console.error(`[emulator] ${action} failed:`, e);
    sendJson(res, { code: err.code, message: err.message, requestId });
  }
}

/** `{ openid, accepted: [templateId…] }` → one acceptance each (WeChat's client, not an SDK call). */
async function handleSubscribe(req: IncomingMessage, res: ServerResponse, deps: ServerDeps): Promise<void> {
  try {
    const body = JSON.parse((await readBody(req)).toString('utf8') || '{}') as { openid?: unknown; accepted?: unknown };
    const ids = Array.isArray(body.accepted) ? body.accepted.filter((x): x is string => typeof x === 'string' && x.length > 0) : [];
    if (typeof body.openid !== 'string' || !body.openid) return sendJson(res, { errcode: 40003, errmsg: 'invalid openid' });
    await deps.acceptSubscriptions(body.openid, ids);
    sendJson(res, { errcode: 0, errmsg: 'ok', accepted: ids.length });
  } catch (e) {
    sendJson(res, { errcode: -1, errmsg: (e as Error).message });
  }
}

export function createRequestListener(deps: ServerDeps) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://emulator.local');
    const arrived = performance.now();
    if (url.pathname !== '/health') res.on('finish', () => deps.stats.span(arrived, performance.now()));
    const route = async () => {
      if (req.method === 'POST' && url.pathname.startsWith('/admin')) return handleApi(req, res, deps);
      if (req.method === 'PUT' && url.pathname.startsWith('/cos/')) {
        deps.stats.count('storage.upload');
        return handleUpload(req, res, url, deps.files);
      }
      if ((req.method === 'GET' || req.method === 'HEAD') && url.pathname.startsWith('/files/')) {
        deps.stats.count('storage.download');
        return handleDownload(req, res, url, deps.files);
      }
      if (req.method === 'POST' && url.pathname === '/wx/subscribe') return handleSubscribe(req, res, deps);
      if (req.method === 'GET' && url.pathname === '/health') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        return void res.end('ok');
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    };
    route().catch((e) => {
      console.error('[emulator] request failed:', e);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e));
    });
  };
}

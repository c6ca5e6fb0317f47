import type { IncomingMessage, ServerResponse } from 'node:http';
import { EmulatorError, ErrorCodes } from './errors';
import { newRequestId } from './ids';
import type { RequestStats } from './stats';
import { handleDownload, handleUpload } from './storage/http';
import type { FileStore } from './storage/files';

/**
 * HTTP front of the emulator. Routes:
 *   POST /admin?env=..&seqId=..   every SDK API call, JSON `{ action, ...params }`
 *   PUT  /cos/<path>              storage upload (after storage.getUploadMetadata)
 *   GET  /files/<path>            temporary download URLs
 *   GET  /health                  liveness for scripts
 * API answers are always HTTP 200 with `{ ...body, requestId }` or `{ code, message, requestId }`,
 * because the SDK treats any other status as a transport failure rather than a CloudBase error.
 */
export type ActionHandler = (params: Record<string, unknown>) => Promise<Record<string, unknown>>;

export interface ServerDeps {
  actions: Record<string, ActionHandler>;
  stats: RequestStats;
  files: FileStore;
  /** Simulated network time per SDK request (the bench's "platform round trip"): half each way. */
  latencyMs: () => number;
}

const pause = (ms: number) => (ms > 0 ? new Promise<void>((r) => setTimeout(r, ms)) : Promise.resolve());

const MAX_BODY = 32 * 1024 * 1024;

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
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
    req.on('end', () => {
      try {
        const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        resolve(parsed && typeof parsed === 'object' ? parsed : {});
      } catch {
        reject(new EmulatorError(ErrorCodes.invalidParam, 'request body is not JSON (multipart calls such as wx.openApi are not emulated)'));
      }
    });
    req.on('error', reject);
  });
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
    const body = await readJson(req);
    action = typeof body.action === 'string' ? body.action : 'unknown';
    deps.stats.count(action);
    counted = true;
    const handler = deps.actions[action];
    if (!handler) throw new EmulatorError(ErrorCodes.actionNotSupported, `action ${action} is not supported by the local emulator`);
    const half = deps.latencyMs() / 2;
    await pause(half);
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

export function createRequestListener(deps: ServerDeps) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://emulator.local');
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

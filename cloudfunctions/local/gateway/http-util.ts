import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorMessage, httpStatusOf, type ErrorCode } from '../../contract/errors';

/** Bodies above this are cut off before parsing; the functions' own 64 KB guard answers precisely. */
const MAX_BODY_BYTES = 1024 * 1024;

export const readBody = (req: IncomingMessage): Promise<string | null> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the bytes are dropped but the request is still read to its end: destroying the
    // socket would leave the client with a connection reset instead of a clear 413 answer.
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

export const sendJson = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
};

/** Every refusal the gateway makes itself, in the functions' envelope: a stable code and words in Chinese. */
export const sendError = (res: ServerResponse, code: ErrorCode, message = errorMessage(code), headers: Record<string, string> = {}): void =>
  sendJson(res, httpStatusOf(code), { ok: false, error: { code, message }, requestId: '' }, headers);

export const sendHtml = (res: ServerResponse, html: string): void => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
};

export const parseCookies = (header: string | undefined): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = decodeURIComponent(part.slice(eq + 1).trim());
  }
  return out;
};

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

import { createReadStream, promises as fs } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { sendError } from './http-util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** Serves the H5 build; unknown paths fall back to index.html so client-side routes load. */
const decoded = (urlPath: string): string | null => {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return null; // a broken %-escape: no file is called that
  }
};

export const serveStatic = async (root: string, urlPath: string, res: ServerResponse): Promise<void> => {
  const plain = decoded(urlPath);
  if (plain === null) return sendError(res, 'PATH_NOT_FOUND');
  const safe = path.normalize(plain).replace(/^(\.\.[/\\])+/, '');
  let file = path.join(root, safe);
  if (!file.startsWith(root)) file = path.join(root, 'index.html');
  let stat = await fs.stat(file).catch(() => null);
  if (!stat || stat.isDirectory()) {
    file = path.join(root, 'index.html');
    stat = await fs.stat(file).catch(() => null);
  }
  if (!stat) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('H5 还没有构建：请运行 npm start（会自动构建）或 npm run build:h5');
    return;
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  // Hashed assets may be cached; index.html must not be, or a rebuilt app would not load.
  const cache = file.endsWith('index.html') ? 'no-store' : 'public, max-age=3600';
  res.writeHead(200, { 'content-type': type, 'content-length': stat.size, 'cache-control': cache });
  createReadStream(file).pipe(res);
};

import { createReadStream, promises as fsp } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { newRequestId } from '../ids';
import { contentTypeOf, FileStore, isValidCloudPath } from './files';

/**
 * The two non-API endpoints storage needs, standing in for COS:
 *  PUT  /cos/<path>?sign&t    the upload the SDK performs after storage.getUploadMetadata
 *  GET  /files/<path>?sign&t  a temporary download URL (HEAD too: getFileInfo uses it)
 * Failures answer COS-style XML, which the SDK's uploadFile parses into STORAGE_REQUEST_FAIL.
 */
function cosError(res: ServerResponse, status: number, code: string, message: string): void {
  const rid = newRequestId();
  res.writeHead(status, { 'content-type': 'application/xml', 'x-cos-request-id': rid });
  res.end(
    `<?xml version='1.0' encoding='utf-8' ?>\n<Error><Code>${code}</Code><Message>${message}</Message>` +
      `<Resource>${res.req?.url ?? ''}</Resource><RequestId>${rid}</RequestId><TraceId>${rid}</TraceId></Error>`,
  );
}

/** `/cos/a%20b/c.png` → `a b/c.png`; null when the path is malformed or escapes the storage root. */
function cloudPathFrom(pathname: string, prefix: string): string | null {
  try {
    const p = pathname.slice(prefix.length).split('/').map(decodeURIComponent).join('/');
    return isValidCloudPath(p) ? p : null;
  } catch {
    return null;
  }
}

export async function handleUpload(req: IncomingMessage, res: ServerResponse, url: URL, files: FileStore): Promise<void> {
  const path = cloudPathFrom(url.pathname, '/cos/');
  const expires = Number(url.searchParams.get('t'));
  if (!path || !files.verify('put', path, expires, url.searchParams.get('sign') ?? '')) {
    req.resume();
    return cosError(res, 403, 'SignatureDoesNotMatch', 'The upload signature is invalid or expired');
  }
  const size = await files.write(path, req);
  res.writeHead(200, { etag: `"${size}-${expires}"`, 'x-cos-request-id': newRequestId(), 'content-length': '0' });
  res.end();
}

export async function handleDownload(req: IncomingMessage, res: ServerResponse, url: URL, files: FileStore): Promise<void> {
  const path = cloudPathFrom(url.pathname, '/files/');
  const expires = Number(url.searchParams.get('t'));
  if (!path || !files.verify('get', path, expires, url.searchParams.get('sign') ?? '')) {
    return cosError(res, 403, 'AccessDenied', 'Request has expired or the signature is invalid');
  }
  const stat = await fsp.stat(files.diskPath(path)).catch(() => null);
  if (!stat?.isFile()) return cosError(res, 404, 'NoSuchKey', 'The specified key does not exist.');
  res.writeHead(200, {
    'content-type': contentTypeOf(path),
    'content-length': String(stat.size),
    'last-modified': stat.mtime.toUTCString(),
    'access-control-allow-origin': '*',
  });
  if (req.method === 'HEAD') return void res.end();
  await new Promise<void>((resolve, reject) => {
    createReadStream(files.diskPath(path)).on('error', reject).on('end', resolve).pipe(res);
  });
}

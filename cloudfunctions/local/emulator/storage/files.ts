import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createWriteStream, promises as fsp } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ErrorCodes, EmulatorError } from '../errors';
import { syncDir } from '../store/snapshot';

/**
 * Cloud storage on local disk: `<dataDir>/files/<cloudPath>`. File ids look like CloudBase's
 * `cloud://<env>.<bucket>/<path>`, where the bucket is `<hex of the env's first two chars>-<env>-<appid>`.
 * Upload and temporary download URLs are signed with a per-process secret and carry an expiry, so code
 * that caches a temporary URL past its max_age sees the same 403 it would get from COS.
 */
export class FileStore {
  readonly root: string;
  private readonly secret = randomBytes(32);

  constructor(
    dataDir: string,
    readonly envId: string,
  ) {
    this.root = join(dataDir, 'files');
  }

  get bucket(): string {
    return `${Buffer.from(this.envId.slice(0, 2)).toString('hex')}-${this.envId}-1300000000`;
  }

  fileIdFor(cloudPath: string): string {
    return `cloud://${this.envId}.${this.bucket}/${cloudPath}`;
  }

  /** The cloudPath inside a fileID of this environment, or null when the id is not ours or malformed. */
  pathOf(fileId: unknown): string | null {
    if (typeof fileId !== 'string') return null;
    const prefix = `cloud://${this.envId}.${this.bucket}/`;
    if (!fileId.startsWith(prefix)) return null;
    const p = fileId.slice(prefix.length);
    return isValidCloudPath(p) ? p : null;
  }

  sign(purpose: 'put' | 'get', cloudPath: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${purpose}\n${cloudPath}\n${expires}`).digest('hex');
  }

  verify(purpose: 'put' | 'get', cloudPath: string, expires: number, sig: string): boolean {
    if (!Number.isFinite(expires) || expires * 1000 < Date.now()) return false;
    const want = Buffer.from(this.sign(purpose, cloudPath, expires));
    const got = Buffer.from(sig);
    return want.length === got.length && timingSafeEqual(want, got);
  }

  diskPath(cloudPath: string): string {
    return join(this.root, ...cloudPath.split('/'));
  }

  /** Writes to a temp file, fsyncs, renames: an upload is either wholly there or not at all. */
  async write(cloudPath: string, body: Readable): Promise<number> {
    const target = this.diskPath(cloudPath);
    await fsp.mkdir(dirname(target), { recursive: true });
    const tmp = `${target}.${randomBytes(6).toString('hex')}.uploading`;
    try {
      await pipeline(body, createWriteStream(tmp));
      const fh = await fsp.open(tmp, 'r+');
      const { size } = await fh.stat();
      await fh.sync();
      await fh.close();
      await fsp.rename(tmp, target);
      await syncDir(dirname(target));
      return size;
    } catch (e) {
      await fsp.rm(tmp, { force: true });
      throw e;
    }
  }

  async exists(cloudPath: string): Promise<boolean> {
    return fsp.stat(this.diskPath(cloudPath)).then((s) => s.isFile(), () => false);
  }

  async remove(cloudPath: string): Promise<boolean> {
    if (!(await this.exists(cloudPath))) return false;
    await fsp.rm(this.diskPath(cloudPath));
    return true;
  }
}

/** CloudBase refuses empty paths, absolute paths and `..`; so do we, which also keeps writes inside root. */
export function isValidCloudPath(p: string): boolean {
  if (!p || p.length > 850 || p.startsWith('/') || p.includes('\\') || p.includes('\0')) return false;
  return p.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}

export function requireCloudPath(p: unknown): string {
  if (typeof p !== 'string' || !isValidCloudPath(p)) {
    throw new EmulatorError(ErrorCodes.invalidParam, `invalid cloudPath: ${JSON.stringify(p)}`);
  }
  return p;
}

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.aac': 'audio/aac',
  '.wav': 'audio/wav',
  '.mp4': 'video/mp4',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

export const contentTypeOf = (p: string): string => TYPES[extname(p).toLowerCase()] ?? 'application/octet-stream';

import { promises as fsp } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';

/**
 * Append-only journal: one line per committed write or transaction, `<crc32 hex> <json>\n`.
 * A record is acknowledged only after write + fdatasync, so an acknowledged record survives kill -9 and
 * power loss. A crash can leave at most one torn (unacknowledged) record at the end; on open it is cut off
 * so that later appends do not land behind garbage. A bad record followed by good ones is real corruption
 * and opening refuses rather than silently dropping acknowledged data.
 */
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function frame(json: string): Buffer {
  const body = Buffer.from(json, 'utf8');
  return Buffer.concat([Buffer.from(crc32(body).toString(16).padStart(8, '0') + ' '), body, Buffer.from('\n')]);
}

export interface ReplayResult {
  records: string[];
  validBytes: number;
  tornBytes: number;
}

/** Reads every intact record; reports how many trailing bytes belong to a torn last record. */
export function parseJournal(buf: Buffer): ReplayResult {
  const records: string[] = [];
  let pos = 0;
  let validBytes = 0;
  while (pos < buf.length) {
    const nl = buf.indexOf(0x0a, pos);
    const end = nl === -1 ? buf.length : nl;
    const line = buf.subarray(pos, end);
    const ok = nl !== -1 && isIntact(line);
    if (!ok) {
      if (hasIntactLineAfter(buf, nl === -1 ? buf.length : nl + 1)) {
        throw new Error(`journal corrupted at byte ${pos}: a damaged record is followed by intact ones`);
      }
      break;
    }
    records.push(line.subarray(9).toString('utf8'));
    pos = end + 1;
    validBytes = pos;
  }
  return { records, validBytes, tornBytes: buf.length - validBytes };
}

function hasIntactLineAfter(buf: Buffer, from: number): boolean {
  let pos = from;
  while (pos < buf.length) {
    const nl = buf.indexOf(0x0a, pos);
    if (nl === -1) return false;
    if (isIntact(buf.subarray(pos, nl))) return true;
    pos = nl + 1;
  }
  return false;
}

function isIntact(line: Buffer): boolean {
  if (line.length < 10 || line[8] !== 0x20) return false;
  const expected = Number.parseInt(line.subarray(0, 8).toString('ascii'), 16);
  return Number.isFinite(expected) && crc32(line.subarray(9)) === expected;
}

export class Journal {
  private constructor(
    private fh: FileHandle,
    private bytes: number,
  ) {}

  /** Opens (creating if needed), cutting a torn tail; returns the intact records to replay. */
  static async open(path: string): Promise<{ journal: Journal; records: string[]; tornBytes: number }> {
    const buf = await fsp.readFile(path).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return Buffer.alloc(0);
      throw e;
    });
    const { records, validBytes, tornBytes } = parseJournal(buf);
    const fh = await fsp.open(path, 'a+');
    if (tornBytes > 0) {
      await fh.truncate(validBytes);
      await fh.datasync();
    }
    return { journal: new Journal(fh, validBytes), records, tornBytes };
  }

  get size(): number {
    return this.bytes;
  }

  /** Appends one record durably. On failure the partial append is cut off so the journal stays clean. */
  async append(json: string): Promise<void> {
    const buf = frame(json);
    const before = this.bytes;
    try {
      await this.fh.write(buf, 0, buf.length);
      await this.fh.datasync();
      this.bytes += buf.length;
    } catch (e) {
      await this.fh.truncate(before).catch(() => undefined);
      throw e;
    }
  }

  /** Empties the journal after a snapshot has made its records redundant. */
  async reset(): Promise<void> {
    await this.fh.truncate(0);
    await this.fh.datasync();
    this.bytes = 0;
  }

  async close(): Promise<void> {
    await this.fh.close();
  }
}

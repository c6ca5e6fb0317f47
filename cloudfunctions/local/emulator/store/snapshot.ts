import { promises as fsp } from 'node:fs';
import { dirname } from 'node:path';
import type { Doc } from '../ejson';
import { parseFromDisk, serializeForDisk } from '../ejson';
import { frame, parseJournal } from './journal';

/**
 * A snapshot is the whole database at journal sequence `seq`, written when the journal has grown large
 * (compaction). It is written to a temp file, fsynced, then renamed over the old one and the directory
 * fsynced: a crash leaves either the old or the new snapshot, never a half-written one. Lines use the
 * journal's checksummed framing; a trailer line counts the documents so a short file is detected.
 */
export interface SnapshotData {
  seq: number;
  collections: Map<string, Doc[]>;
}

export async function writeSnapshot(path: string, seq: number, collections: Map<string, Iterable<Doc>>): Promise<number> {
  const tmp = `${path}.tmp`;
  const fh = await fsp.open(tmp, 'w');
  let bytes = 0;
  let count = 0;
  try {
    const write = async (chunks: Buffer[]) => {
      const buf = Buffer.concat(chunks);
      await fh.write(buf, 0, buf.length);
      bytes += buf.length;
    };
    await write([frame(JSON.stringify({ format: 1, seq, collections: [...collections.keys()] }))]);
    let batch: Buffer[] = [];
    for (const [name, docs] of collections) {
      for (const doc of docs) {
        batch.push(frame(`{"c":${JSON.stringify(name)},"d":${serializeForDisk(doc)}}`));
        count++;
        if (batch.length >= 1000) {
          await write(batch);
          batch = [];
        }
      }
    }
    batch.push(frame(JSON.stringify({ end: true, count })));
    await write(batch);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await fsp.rename(tmp, path);
  await syncDir(dirname(path));
  return bytes;
}

export async function readSnapshot(path: string): Promise<SnapshotData | null> {
  let buf: Buffer;
  try {
    buf = await fsp.readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  const { records, tornBytes } = parseJournal(buf);
  if (tornBytes > 0 || records.length < 2) throw new Error(`snapshot ${path} is damaged`);
  const header = JSON.parse(records[0]) as { format: number; seq: number; collections: string[] };
  const trailer = JSON.parse(records[records.length - 1]) as { end?: boolean; count?: number };
  if (!trailer.end || trailer.count !== records.length - 2) throw new Error(`snapshot ${path} is incomplete`);
  const collections = new Map<string, Doc[]>(header.collections.map((c) => [c, []]));
  for (let i = 1; i < records.length - 1; i++) {
    const { c, d } = parseFromDisk(records[i]) as { c: string; d: Doc };
    if (!collections.has(c)) collections.set(c, []);
    collections.get(c)!.push(d);
  }
  return { seq: header.seq, collections };
}

/** fsync on a directory makes a rename durable (POSIX); some platforms refuse it, which is harmless there. */
export async function syncDir(dir: string): Promise<void> {
  try {
    const fh = await fsp.open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    /* not supported on this platform */
  }
}

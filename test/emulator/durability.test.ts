import { MODE } from './harness';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tcb from '@cloudbase/node-sdk';
import { COLLECTIONS } from '../../cloudfunctions/contract/collections';
import { Emulator, pointSdkAtEmulator, startEmulator } from '../../cloudfunctions/local/emulator';
import { spawnEmulator } from './crash-child';

/**
 * Durability (emulator only; a real CloudBase is durable by contract): an acknowledged write survives
 * kill -9, a transaction is all-or-nothing across a crash, a torn trailing journal record is ignored,
 * real corruption is refused, and compaction keeps everything.
 */
const d = MODE === 'emulator' ? describe : describe.skip;
const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'durability-'));
  dirs.push(dir);
  return dir;
};
// Requests cut off by the kill leave the SDK's 3 s "slow request" timer running (it is cleared only on
// success); SILENCE=true is the SDK's own switch for that warning.
const silence = process.env.SILENCE;
beforeAll(() => {
  process.env.SILENCE = 'true';
});
afterAll(() => {
  if (silence === undefined) delete process.env.SILENCE;
  else process.env.SILENCE = silence;
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

const sdkFor = (url: string, envId: string) => {
  pointSdkAtEmulator(url, envId);
  return tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();
};
const docsOf = async (em: Emulator, coll: string) =>
  ((await em.snapshot())[coll] ?? []) as Array<Record<string, unknown>>;
const journal = (dir: string) => join(dir, 'db', 'journal.log');

d('durability [emulator only: a real CloudBase is durable by contract]', () => {
  it('every acknowledged write survives kill -9, and a transaction is never half there', async () => {
    const dir = freshDir();
    const child = await spawnEmulator(dir);
    const db = sdkFor(child.url, child.envId);
    const counters = db.collection(COLLECTIONS.counters);
    const acked = new Set<string>();
    for (let i = 0; i < 20; i++) acked.add((await counters.add({ name: `seq-${i}`, value: i })).id as string);
    await db.runTransaction(async (tx: { collection(n: string): typeof counters }) => {
      await tx.collection(COLLECTIONS.counters).add({ _id: 'tx-a', name: 'tx-a' });
      await tx.collection(COLLECTIONS.idempotency).add({ _id: 'tx-b', key: 'tx-b' });
    });
    // A burst in flight when the process dies: kill it once part of the burst is acknowledged; whatever
    // was acknowledged must be there afterwards.
    let burstAcked = 0;
    let killAt: () => void = () => undefined;
    const enough = new Promise<void>((r) => (killAt = r));
    const burst = Array.from({ length: 200 }, (_, i) =>
      counters.add({ name: `burst-${i}`, value: i }).then(
        (r) => {
          acked.add(r.id as string);
          if (++burstAcked === 15) killAt();
        },
        () => undefined,
      ),
    );
    await enough;
    await child.kill9();
    await Promise.all(burst);
    expect(burstAcked).toBeLessThan(200);

    const em = await startEmulator({ dataDir: dir, port: 0, envId: child.envId });
    try {
      const ids = new Set((await docsOf(em, COLLECTIONS.counters)).map((x) => x._id as string));
      for (const id of acked) expect(ids.has(id)).toBe(true);
      const txA = ids.has('tx-a');
      const txB = (await docsOf(em, COLLECTIONS.idempotency)).some((x) => x._id === 'tx-b');
      expect([txA, txB]).toEqual([true, true]);
      const sdk = sdkFor(em.url, em.envId);
      expect((await sdk.collection(COLLECTIONS.counters).where({ name: 'seq-7' }).get()).data[0]).toMatchObject({ value: 7 });
    } finally {
      await em.close();
    }
  }, 60_000);

  it('a torn last record (a crash mid-append) is ignored and cut off; later writes append cleanly', async () => {
    const dir = freshDir();
    let em = await startEmulator({ dataDir: dir, port: 0 });
    let db = sdkFor(em.url, em.envId);
    await db.collection(COLLECTIONS.counters).add({ _id: 'kept', name: 'kept' });
    await em.close();
    appendFileSync(journal(dir), '1a2b3c4d {"seq":2,"ch":[{"c":"counters","id":"torn","d":{"_id":"tor');

    em = await startEmulator({ dataDir: dir, port: 0 });
    db = sdkFor(em.url, em.envId);
    expect((await docsOf(em, COLLECTIONS.counters)).map((x) => x._id)).toEqual(['kept']);
    await db.collection(COLLECTIONS.counters).add({ _id: 'after', name: 'after' });
    await em.close();

    em = await startEmulator({ dataDir: dir, port: 0 });
    expect((await docsOf(em, COLLECTIONS.counters)).map((x) => x._id)).toEqual(['kept', 'after']);
    await em.close();
  });

  it('a transaction whose record was torn is absent as a whole', async () => {
    const dir = freshDir();
    let em = await startEmulator({ dataDir: dir, port: 0 });
    const db = sdkFor(em.url, em.envId);
    await db.collection(COLLECTIONS.counters).add({ _id: 'before', name: 'before' });
    const sizeBefore = statSync(journal(dir)).size;
    await db.runTransaction(async (tx: { collection(n: string): ReturnType<typeof db.collection> }) => {
      await tx.collection(COLLECTIONS.counters).add({ _id: 'tx-1', name: 'tx-1' });
      await tx.collection(COLLECTIONS.counters).add({ _id: 'tx-2', name: 'tx-2' });
    });
    await em.close();
    const sizeAfter = statSync(journal(dir)).size;
    truncateSync(journal(dir), sizeBefore + Math.floor((sizeAfter - sizeBefore) / 2));

    em = await startEmulator({ dataDir: dir, port: 0 });
    expect((await docsOf(em, COLLECTIONS.counters)).map((x) => x._id)).toEqual(['before']);
    await em.close();
  });

  it('a damaged record followed by intact ones is corruption: opening refuses', async () => {
    const dir = freshDir();
    const em = await startEmulator({ dataDir: dir, port: 0 });
    const db = sdkFor(em.url, em.envId);
    for (const id of ['a', 'b', 'c']) await db.collection(COLLECTIONS.counters).add({ _id: id, name: id });
    await em.close();
    const lines = readFileSync(journal(dir), 'utf8').split('\n');
    lines[1] = lines[1].replace('"b"', '"B"');
    writeFileSync(journal(dir), lines.join('\n'));
    await expect(startEmulator({ dataDir: dir, port: 0 })).rejects.toThrow(/corrupt/);
  });

  it('compaction folds the journal into a snapshot without losing anything', async () => {
    const dir = freshDir();
    let em = await startEmulator({ dataDir: dir, port: 0, compactBytes: 2048 });
    const db = sdkFor(em.url, em.envId);
    for (let i = 0; i < 60; i++) await db.collection(COLLECTIONS.counters).add({ _id: `c${i}`, name: `c${i}`, value: i });
    await db.collection(COLLECTIONS.counters).doc('c3').remove();
    await db.collection(COLLECTIONS.counters).doc('c4').update({ value: 400 });
    expect(statSync(journal(dir)).size).toBeLessThan(4096);
    expect(statSync(join(dir, 'db', 'snapshot.db')).size).toBeGreaterThan(0);
    await em.close();
    writeFileSync(join(dir, 'db', 'snapshot.db.tmp'), 'half-written snapshot from a crash');

    em = await startEmulator({ dataDir: dir, port: 0 });
    const docs = await docsOf(em, COLLECTIONS.counters);
    expect(docs).toHaveLength(59);
    expect(docs.find((x) => x._id === 'c4')).toMatchObject({ value: 400 });
    expect(docs.some((x) => x._id === 'c3')).toBe(false);
    await em.close();
  });

  it('one data directory cannot be opened twice', async () => {
    const dir = freshDir();
    const em = await startEmulator({ dataDir: dir, port: 0 });
    await expect(startEmulator({ dataDir: dir, port: 0 })).rejects.toThrow(/already open|in use/);
    await em.close();
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tcb from '@cloudbase/node-sdk';
import { COLLECTIONS } from '../../cloudfunctions/contract/collections';
import { pointSdkAtEmulator, startEmulator } from '../../cloudfunctions/local/emulator';
import { spawnEmulator } from '../emulator/crash-child';

/** Kills per run: CI size by default, DURABILITY_KILLS=200 for a long run; DURABILITY_SEED to replay one. */
const KILLS = Number(process.env.DURABILITY_KILLS ?? 20);
const SEED = Number(process.env.DURABILITY_SEED ?? Date.now() % 2 ** 31);

/** Small seeded generator (mulberry32), so a failing run can be replayed with its seed. */
const random = (() => {
  let a = SEED;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
})();

type Db = ReturnType<ReturnType<typeof tcb.init>['database']>;
type Tx = { collection(name: string): ReturnType<Db['collection']> };

const sdkFor = (url: string, envId: string): Db => {
  pointSdkAtEmulator(url, envId);
  return tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();
};

/**
 * Durability, many times (the emulator's; a real CloudBase is durable by contract): a child process
 * writing single documents and three-document transactions through the SDK is killed with SIGKILL at
 * a random moment; the store is reopened on the same data directory every time, and every write that
 * was acknowledged before the kill is there, and every transaction is there whole or not at all.
 */
describe('durability under repeated kill -9', () => {
  const dir = mkdtempSync(join(tmpdir(), 'durability-kills-'));
  const silence = process.env.SILENCE;
  beforeAll(() => {
    process.env.SILENCE = 'true'; // the SDK's "slow request" warning for requests cut off by the kill
  });
  afterAll(() => {
    if (silence === undefined) delete process.env.SILENCE;
    else process.env.SILENCE = silence;
    rmSync(dir, { recursive: true, force: true });
  });

  it(`survives ${KILLS} kills at random moments (seed ${SEED})`, async () => {
    const acked = new Set<string>();
    const ackedTx = new Set<string>();
    const triedTx = new Set<string>();
    let survived = 0;
    let ackedAtKill = 0;
    let appliedTx = 0;
    for (let round = 0; round < KILLS; round += 1) {
      const child = await spawnEmulator(dir);
      const db = sdkFor(child.url, child.envId);
      const counters = db.collection(COLLECTIONS.counters);
      // A mix in flight: single inserts and transactions over two collections (names are unique-indexed).
      const work = Array.from({ length: 60 }, (_, i) => {
        const key = `r${round}-${i}`;
        if (i % 4 === 0) {
          triedTx.add(key);
          return (db.runTransaction(async (tx: Tx) => {
            await tx.collection(COLLECTIONS.counters).add({ _id: `${key}-a`, name: `${key}-a` });
            await tx.collection(COLLECTIONS.counters).add({ _id: `${key}-b`, name: `${key}-b` });
            await tx.collection(COLLECTIONS.idempotency).add({ _id: `${key}-c`, key: `${key}-c` });
          }) as Promise<unknown>).then(() => ackedTx.add(key), () => undefined);
        }
        return counters.add({ _id: key, name: key, value: i }).then(() => acked.add(key), () => undefined);
      });
      // The moment: a random delay once the burst is under way (sometimes before anything is acknowledged).
      await new Promise((r) => setTimeout(r, Math.floor(random() * 500)));
      await child.kill9();
      await Promise.all(work);

      const em = await startEmulator({ dataDir: dir, port: 0, envId: child.envId });
      try {
        const snap = await em.snapshot();
        const ids = new Set([...(snap[COLLECTIONS.counters] ?? []), ...(snap[COLLECTIONS.idempotency] ?? [])].map((d) => (d as { _id: string })._id));
        const missing = [...acked].filter((id) => !ids.has(id));
        const lostTx = [...ackedTx].filter((k) => !ids.has(`${k}-a`));
        const torn = [...triedTx].filter((k) => {
          const parts = ['a', 'b', 'c'].filter((p) => ids.has(`${k}-${p}`)).length;
          return parts !== 0 && parts !== 3;
        });
        expect({ round, missing, lostTx, torn }).toEqual({ round, missing: [], lostTx: [], torn: [] });
        appliedTx = [...triedTx].filter((k) => ids.has(`${k}-a`)).length;
      } finally {
        await em.close();
      }
      ackedAtKill += acked.size + ackedTx.size;
      survived += 1;
    }
    console.log(`durability: ${survived} kills survived (seed ${SEED}); ${acked.size} acknowledged inserts and ${ackedTx.size} acknowledged transactions all present; ${appliedTx} of ${triedTx.size} transactions applied whole, none half-applied`);
    expect(acked.size).toBeGreaterThan(0); // the kills did not all land before any write
    expect(ackedAtKill).toBeGreaterThan(0);
    expect(appliedTx).toBeGreaterThan(0); // some transactions committed, so "whole or nothing" was really tested
  }, 30_000 + KILLS * 8_000);
});

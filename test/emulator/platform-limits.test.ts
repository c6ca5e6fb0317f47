import { CloudBase, errorOf, itEmulatorOnly, startCloudBase } from './harness';
import { TEST_COLLECTIONS } from './test-collections';

/**
 * The platform limits the app must live within (emulator README, "Platform rules"): how many rows a
 * query and an aggregate answer by default and at most, and the size of one record. The same cases run
 * against a real CloudBase when credentials are set.
 */
let c: CloudBase;
type Coll = ReturnType<CloudBase['db']['collection']>;
let writes: Coll;

beforeAll(async () => {
  c = await startCloudBase();
  writes = c.db.collection(c.coll(TEST_COLLECTIONS.writes));
  const docs = Array.from({ length: 1100 }, (_, i) => ({ group: 'many', n: i }));
  for (let i = 0; i < docs.length; i += 100) await writes.add(docs.slice(i, i + 100));
}, 120_000);
afterAll(() => c?.close());

describe('rows per answer', () => {
  it('a query without limit() answers 100 rows; limit(1000) at most 1000, even when asked for more', async () => {
    expect((await writes.where({ group: 'many' }).get()).data).toHaveLength(100);
    expect((await writes.where({ group: 'many' }).limit(1000).get()).data).toHaveLength(1000);
    expect((await writes.where({ group: 'many' }).limit(5000).get()).data).toHaveLength(1000);
  });

  it('an aggregate without a limit stage answers 20 rows; with limit() up to 1000', async () => {
    const _ = c.db.command;
    const $ = _.aggregate;
    const grouped = () => writes.aggregate().match({ group: 'many' }).group({ _id: $.mod(['$n', 50]), n: $.sum(1) });
    expect((await grouped().end()).data).toHaveLength(20);
    expect((await grouped().limit(1000).end()).data).toHaveLength(50);
    expect((await writes.aggregate().match({ group: 'many' }).project({ n: 1 }).limit(5000).end()).data).toHaveLength(1000);
  });
});

describe('record size', () => {
  itEmulatorOnly('a record over 16 MB is refused and nothing is written', 'a 16 MB upload is slow and costly on a real environment', async () => {
    const big = 'x'.repeat(16 * 1024 * 1024 + 10);
    const err = await errorOf(Promise.resolve(writes.add({ group: 'big', big })).then((r) => {
      if ((r as { code?: string }).code) throw r;
      return r;
    }));
    expect(err.code).toBe('DATABASE_REQUEST_FAILED');
    expect(err.message).toContain('16MB');
    expect((await writes.where({ group: 'big' }).count()).total).toBe(0);
  }, 60_000);
});

describe('strict where the platform is strict', () => {
  itEmulatorOnly(
    '40 read-check-write sign-ups for 8 seats: a queueing stand-in answers them all, the strict one (like CloudBase) refuses most',
    'compares two behaviours of the emulator',
    async () => {
      const activities = c.db.collection(c.coll(TEST_COLLECTIONS.activities));
      type Tx = { collection(name: string): Coll };
      const naiveSignUp = (id: string, i: number) =>
        c.db.runTransaction(async (tx: Tx) => {
          const act = (await tx.collection(c.coll(TEST_COLLECTIONS.activities)).doc(id).get()).data as { taken: number; capacity: number };
          if (act.taken >= act.capacity) return 'full';
          await tx.collection(c.coll(TEST_COLLECTIONS.signups)).add({ activityId: id, memberId: `m${i}` });
          await tx.collection(c.coll(TEST_COLLECTIONS.activities)).doc(id).update({ taken: act.taken + 1 });
          return 'seat';
        });
      // The old stand-in held one writer lock and let every transaction wait its turn: serialised here.
      let queue: Promise<unknown> = Promise.resolve();
      const queued = <T>(work: () => Promise<T>): Promise<T> => {
        const run = queue.then(work, work);
        queue = run.catch(() => undefined);
        return run;
      };
      await activities.doc('kind').set({ title: 'kind', capacity: 8, taken: 0 });
      await activities.doc('strict').set({ title: 'strict', capacity: 8, taken: 0 });
      const kind = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => queued(() => naiveSignUp('kind', i))));
      const strict = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => naiveSignUp('strict', 100 + i)));
      expect(kind.every((r) => r.status === 'fulfilled')).toBe(true);
      const refused = strict.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code);
      expect(refused.length).toBeGreaterThan(0);
      expect(new Set(refused)).toEqual(new Set(['DATABASE_TRANSACTION_CONFLICT']));
    },
    60_000,
  );
});

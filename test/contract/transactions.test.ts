import { Contract, errorOf, itEmulatorOnly, MODE, sleep, startContract } from './harness';
import { TEST_COLLECTIONS } from './test-collections';

/**
 * Transactions: commit, abort (explicit or by throwing) applies nothing, reads see the transaction's own
 * writes and nothing else, and concurrent transactions on one document neither lose updates nor exceed
 * a capacity — the property sign-ups rely on.
 */
const TX_TIMEOUT_MS = 4000;
const LOCK_WAIT_MS = 1000;

let c: Contract;
type Coll = ReturnType<Contract['db']['collection']>;
let counters: Coll;
let activities: Coll;
let signups: Coll;
// The SDK's transaction type is loose; tests use the documented surface only.
type Tx = { collection(name: string): Coll };

beforeAll(async () => {
  c = await startContract({ transactionTimeoutMs: TX_TIMEOUT_MS, lockWaitMs: LOCK_WAIT_MS });
  counters = c.db.collection(c.coll(TEST_COLLECTIONS.counters));
  activities = c.db.collection(c.coll(TEST_COLLECTIONS.activities));
  signups = c.db.collection(c.coll(TEST_COLLECTIONS.signups));
});
afterAll(() => c?.close());

const value = async (id: string) => ((await counters.doc(id).get()).data[0] as { value?: number } | undefined)?.value;

describe('runTransaction', () => {
  it('commits every write and returns the callback result', async () => {
    await counters.doc('commit').set({ name: 'commit', value: 1 });
    const out = await c.db.runTransaction(async (tx: Tx) => {
      const cur = (await tx.collection(c.coll(TEST_COLLECTIONS.counters)).doc('commit').get()).data as { value: number };
      await tx.collection(c.coll(TEST_COLLECTIONS.counters)).doc('commit').update({ value: cur.value + 1 });
      await tx.collection(c.coll(TEST_COLLECTIONS.counters)).add({ _id: 'commit-extra', name: 'extra', value: 7 });
      return cur.value;
    });
    expect(out).toBe(1);
    expect(await value('commit')).toBe(2);
    expect(await value('commit-extra')).toBe(7);
  });

  it('a callback that throws applies nothing, and its error comes back', async () => {
    await counters.doc('throw').set({ name: 'throw', value: 1 });
    const boom = new Error('boom');
    const err = await errorOf(
      c.db.runTransaction(async (tx: Tx) => {
        await tx.collection(c.coll(TEST_COLLECTIONS.counters)).doc('throw').update({ value: 100 });
        await tx.collection(c.coll(TEST_COLLECTIONS.counters)).add({ _id: 'throw-extra', name: 'x' });
        throw boom;
      }),
    );
    expect(err).toBe(boom);
    expect(await value('throw')).toBe(1);
    expect((await counters.doc('throw-extra').get()).data).toEqual([]);
  });

  it('a unique-index clash inside the transaction rolls back its earlier writes', async () => {
    await activities.doc('dup-act').set({ title: 'dup', capacity: 5, taken: 0 });
    await signups.add({ activityId: 'dup-act', memberId: 'm1' });
    const err = await errorOf(
      c.db.runTransaction(async (tx: Tx) => {
        await tx.collection(c.coll(TEST_COLLECTIONS.activities)).doc('dup-act').update({ taken: 1 });
        await tx.collection(c.coll(TEST_COLLECTIONS.signups)).add({ activityId: 'dup-act', memberId: 'm1' });
      }),
    );
    expect(err.code).toBe('DATABASE_DUPLICATE_WRITE');
    expect((await activities.doc('dup-act').get()).data[0]).toMatchObject({ taken: 0 });
  });
});

describe('startTransaction', () => {
  it('sees its own writes; others see them only after commit', async () => {
    await counters.doc('iso').set({ name: 'iso', value: 1 });
    const tx = await c.db.startTransaction();
    const inTx = tx.collection(c.coll(TEST_COLLECTIONS.counters));
    await inTx.doc('iso').update({ value: 2 });
    expect(((await inTx.doc('iso').get()).data as { value: number }).value).toBe(2);
    expect(await value('iso')).toBe(1);
    await tx.commit();
    expect(await value('iso')).toBe(2);
  });

  it('rollback applies nothing; the transaction cannot be committed afterwards', async () => {
    await counters.doc('rb').set({ name: 'rb', value: 1 });
    const tx = await c.db.startTransaction();
    await tx.collection(c.coll(TEST_COLLECTIONS.counters)).doc('rb').update({ value: 5 });
    await tx.rollback();
    expect(await value('rb')).toBe(1);
    expect((await errorOf(tx.commit())).code).toBeTruthy();
  });
});

describe('concurrency', () => {
  it('concurrent increments of one counter never lose an update', async () => {
    await counters.doc('hot').set({ name: 'hot', value: 0 });
    const n = 25;
    const results = await Promise.allSettled(
      Array.from({ length: n }, () =>
        c.db.runTransaction(async (tx: Tx) => {
          const ref = tx.collection(c.coll(TEST_COLLECTIONS.counters)).doc('hot');
          const cur = ((await ref.get()).data as { value: number }).value;
          await ref.update({ value: cur + 1 });
        }),
      ),
    );
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    if (MODE === 'emulator') expect(ok).toBe(n);
    expect(await value('hot')).toBe(ok);
  });

  it('concurrent sign-ups never exceed the capacity', async () => {
    const capacity = 10;
    await activities.doc('act').set({ title: 'act', capacity, taken: 0 });
    const attempts = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        c.db.runTransaction(async (tx: Tx) => {
          const act = (await tx.collection(c.coll(TEST_COLLECTIONS.activities)).doc('act').get()).data as { taken: number; capacity: number };
          if (act.taken >= act.capacity) throw Object.assign(new Error('full'), { code: 'FULL' });
          await tx.collection(c.coll(TEST_COLLECTIONS.signups)).add({ activityId: 'act', memberId: `m${i}` });
          await tx.collection(c.coll(TEST_COLLECTIONS.activities)).doc('act').update({ taken: act.taken + 1 });
        }),
      ),
    );
    const ok = attempts.filter((r) => r.status === 'fulfilled').length;
    const taken = ((await activities.doc('act').get()).data[0] as { taken: number }).taken;
    const rows = (await signups.where({ activityId: 'act' }).count()).total;
    expect(taken).toBe(ok);
    expect(rows).toBe(ok);
    expect(ok).toBeLessThanOrEqual(capacity);
    if (MODE === 'emulator') expect(ok).toBe(capacity);
  });

  it('a plain write during a transaction is not lost', async () => {
    await counters.doc('mixed').set({ name: 'mixed', value: 0 });
    const txDone = c.db.runTransaction(async (tx: Tx) => {
      const ref = tx.collection(c.coll(TEST_COLLECTIONS.counters)).doc('mixed');
      const cur = ((await ref.get()).data as { value: number }).value;
      await sleep(200);
      await ref.update({ value: cur + 10 });
    });
    await sleep(50);
    await counters.doc('mixed').update({ value: c.db.command.inc(1) });
    await txDone;
    expect(await value('mixed')).toBe(11);
  });
});

describe('emulator transaction limits', () => {
  itEmulatorOnly('a transaction left open is aborted after the timeout and applies nothing', 'timeouts are configured in the emulator', async () => {
    await counters.doc('open').set({ name: 'open', value: 1 });
    const tx = await c.db.startTransaction();
    await tx.collection(c.coll(TEST_COLLECTIONS.counters)).doc('open').update({ value: 9 });
    await sleep(TX_TIMEOUT_MS + 300);
    expect((await errorOf(tx.commit())).code).toBe('DATABASE_TRANSACTION_FAIL');
    expect(await value('open')).toBe(1);
    await counters.doc('open').update({ value: 2 });
    expect(await value('open')).toBe(2);
  }, 15_000);

  itEmulatorOnly(
    'where().update() inside a transaction is not transactional in the SDK: the emulator fails it loudly',
    'CloudBase would run it outside the transaction, silently',
    async () => {
      await counters.doc('gotcha').set({ name: 'gotcha', value: 0 });
      const err = await errorOf(
        c.db.runTransaction(async (tx: Tx) => {
          await tx.collection(c.coll(TEST_COLLECTIONS.counters)).doc('gotcha').get();
          await tx.collection(c.coll(TEST_COLLECTIONS.counters)).where({ name: 'gotcha' }).update({ value: 1 });
        }),
      );
      expect(err.code).toBe('DATABASE_TIMEOUT');
      expect(err.message).toContain('doc(id).update()');
      expect(await value('gotcha')).toBe(0);
    },
    10_000,
  );

  itEmulatorOnly('a transaction kept waiting past lockWaitMs gets DATABASE_TRANSACTION_CONFLICT; runTransaction retries it', 'lock wait is an emulator setting', async () => {
    await counters.doc('wait').set({ name: 'wait', value: 0 });
    const holder = await c.db.startTransaction();
    await holder.collection(c.coll(TEST_COLLECTIONS.counters)).doc('wait').get();
    const blocked = await c.db.startTransaction();
    const err = await errorOf(blocked.collection(c.coll(TEST_COLLECTIONS.counters)).doc('wait').get());
    expect(err.code).toBe('DATABASE_TRANSACTION_CONFLICT');
    // runTransaction retries on that code: released before its second attempt times out, it succeeds.
    const retried = c.db.runTransaction(async (tx: Tx) => {
      await tx.collection(c.coll(TEST_COLLECTIONS.counters)).doc('wait').update({ value: c.db.command.inc(1) });
    });
    await sleep(LOCK_WAIT_MS + 500);
    await holder.commit();
    await retried;
    expect(await value('wait')).toBe(1);
  }, 20_000);
});

import { CloudBase, errorOf, itEmulatorOnly, MODE, sleep } from './harness';
import { checkedSdk, counterValue, startTransactionCloud, TX_TIMEOUT_MS, type Coll, type Tx } from './transaction-setup';
import { TEST_COLLECTIONS } from './test-collections';

/**
 * Transactions: commit, abort (explicit or by throwing) applies nothing, reads see the transaction's own
 * writes and nothing else, only single-document operations run inside one, and a transaction left open is
 * aborted. Concurrent transactions are in transaction-concurrency.test.ts.
 */
let c: CloudBase;
let counters: Coll;
let activities: Coll;
let signups: Coll;

beforeAll(async () => {
  ({ c, counters, activities, signups } = await startTransactionCloud());
});
afterAll(() => c?.close());

const value = (id: string) => counterValue(counters, id);

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

describe('only single-document operations inside a transaction', () => {
  it('a where() query inside a transaction is refused and aborts it', async () => {
    await counters.doc('batch').set({ name: 'batch', value: 0 });
    const tx = await c.db.startTransaction();
    const err = await errorOf(checkedSdk(tx.collection(c.coll(TEST_COLLECTIONS.counters)).where({ name: 'batch' }).get()));
    expect(err.code).toBeTruthy();
    if (MODE === 'emulator') expect(err.code).toBe('DATABASE_TRANSACTION_FAIL');
    await tx.rollback().catch(() => undefined);
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

  itEmulatorOnly('the default lifetime is CloudBase\'s 30 s', 'a constant of the emulator', async () => {
    const { TRANSACTION_LIFETIME_MS } = await import('../../cloudfunctions/local/emulator/db/transactions');
    expect(TRANSACTION_LIFETIME_MS).toBe(30_000);
  });

  itEmulatorOnly(
    'where().update() inside a transaction is not transactional in the SDK: on a document the transaction wrote it blocks, then fails',
    'CloudBase blocks it until the lock is released or times out',
    async () => {
      await counters.doc('gotcha').set({ name: 'gotcha', value: 0 });
      const err = await errorOf(
        c.db.runTransaction(async (tx: Tx) => {
          await tx.collection(c.coll(TEST_COLLECTIONS.counters)).doc('gotcha').update({ value: 5 });
          checkedSdk(await tx.collection(c.coll(TEST_COLLECTIONS.counters)).where({ name: 'gotcha' }).update({ value: 1 }));
        }),
      );
      expect(err.code).toBe('DATABASE_TIMEOUT');
      expect(err.message).toContain('doc(id).update()');
      expect(await value('gotcha')).toBe(0);
    },
    10_000,
  );
});

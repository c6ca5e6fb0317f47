import { CloudBase, errorOf, sleep } from './harness';
import { checkedSdk, counterValue, startTransactionCloud, type Coll, type Tx } from './transaction-setup';
import { TEST_COLLECTIONS } from './test-collections';

/**
 * Concurrent transactions on one document neither lose updates nor exceed a capacity — the property
 * sign-ups rely on: snapshot reads, fail-fast document locks, the SDK's immediate retries, and plain writes
 * that wait for a lock.
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

describe('concurrency: snapshot isolation with fail-fast document locks', () => {
  const conflictOf = (r: PromiseSettledResult<unknown>) => (r.status === 'rejected' ? (r.reason as { code?: string }).code : 'ok');

  it('concurrent increments of one counter: some fail with DATABASE_TRANSACTION_CONFLICT, none is lost', async () => {
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
    const codes = results.map(conflictOf);
    const ok = codes.filter((x) => x === 'ok').length;
    expect(await value('hot')).toBe(ok);
    // Nothing queues: after the SDK's 3 immediate retries, the rest of a burst gets the conflict.
    expect(codes.filter((x) => x !== 'ok').every((x) => x === 'DATABASE_TRANSACTION_CONFLICT')).toBe(true);
    expect(ok).toBeLessThan(n);
    expect(ok).toBeGreaterThan(0);
  });

  it('concurrent read-check-write sign-ups never exceed the capacity; the losers get the conflict code', async () => {
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
    expect(attempts.map(conflictOf).filter((x) => x !== 'ok' && x !== 'FULL').every((x) => x === 'DATABASE_TRANSACTION_CONFLICT')).toBe(true);
  });

  it('a write to a document another open transaction wrote fails at once with DATABASE_TRANSACTION_CONFLICT', async () => {
    await counters.doc('locked').set({ name: 'locked', value: 0 });
    const holder = await c.db.startTransaction();
    await holder.collection(c.coll(TEST_COLLECTIONS.counters)).doc('locked').update({ value: 1 });
    const other = await c.db.startTransaction();
    const err = await errorOf(checkedSdk(other.collection(c.coll(TEST_COLLECTIONS.counters)).doc('locked').update({ value: 2 })));
    expect(err.code).toBe('DATABASE_TRANSACTION_CONFLICT');
    // The conflict aborted the loser; the holder commits as if nothing happened.
    expect((await errorOf(other.commit())).code).toBeTruthy();
    await holder.commit();
    expect(await value('locked')).toBe(1);
  });

  it('reads come from the snapshot; writing a document changed since then is a conflict', async () => {
    await counters.doc('snap').set({ name: 'snap', value: 1 });
    const tx = await c.db.startTransaction();
    const ref = tx.collection(c.coll(TEST_COLLECTIONS.counters)).doc('snap');
    await ref.get();
    await counters.doc('snap').update({ value: 2 });
    expect(((await ref.get()).data as { value: number }).value).toBe(1);
    expect((await errorOf(checkedSdk(ref.update({ value: 3 })))).code).toBe('DATABASE_TRANSACTION_CONFLICT');
    expect(await value('snap')).toBe(2);
  });

  it('runTransaction retries a conflict 3 times, immediately, then gives the conflict to the caller', async () => {
    await counters.doc('retry').set({ name: 'retry', value: 0 });
    const holder = await c.db.startTransaction();
    await holder.collection(c.coll(TEST_COLLECTIONS.counters)).doc('retry').update({ value: 1 });
    let attempts = 0;
    const err = await errorOf(
      c.db.runTransaction(async (tx: Tx) => {
        attempts++;
        checkedSdk(await tx.collection(c.coll(TEST_COLLECTIONS.counters)).doc('retry').update({ value: 2 }));
      }),
    );
    await holder.commit();
    expect(err.code).toBe('DATABASE_TRANSACTION_CONFLICT');
    expect(attempts).toBe(4);
    expect(await value('retry')).toBe(1);
  });

  it('a plain write to a locked document waits for the transaction, then applies: nothing is lost', async () => {
    await counters.doc('mixed').set({ name: 'mixed', value: 0 });
    const txDone = c.db.runTransaction(async (tx: Tx) => {
      const ref = tx.collection(c.coll(TEST_COLLECTIONS.counters)).doc('mixed');
      const cur = ((await ref.get()).data as { value: number }).value;
      await ref.update({ value: cur + 10 });
      await sleep(200);
    });
    await sleep(50);
    await counters.doc('mixed').update({ value: c.db.command.inc(1) });
    await txDone;
    expect(await value('mixed')).toBe(11);
  });

  it('two transactions inserting the same unique key: one wins, the other conflicts or is a duplicate', async () => {
    const results = await Promise.allSettled(
      [1, 2].map((i) =>
        c.db.runTransaction(async (tx: Tx) => {
          checkedSdk(await tx.collection(c.coll(TEST_COLLECTIONS.signups)).add({ activityId: 'uniq', memberId: 'same', n: i }));
          await sleep(50);
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(['DATABASE_TRANSACTION_CONFLICT', 'DATABASE_DUPLICATE_WRITE']).toContain(results.map(conflictOf).find((x) => x !== 'ok'));
    expect((await signups.where({ activityId: 'uniq' }).count()).total).toBe(1);
  });
});

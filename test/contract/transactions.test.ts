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

/** The SDK answers some refusals as a resolved `{ code }`; this makes them rejections, as the app's `checked` does. */
function checkedSdk<T>(p: Promise<T>): Promise<T>;
function checkedSdk<T>(v: T): T;
function checkedSdk<T>(v: T | Promise<T>): T | Promise<T> {
  const check = (r: T) => {
    const code = (r as { code?: string } | null)?.code;
    if (code) throw Object.assign(new Error(String((r as { message?: string }).message)), { code });
    return r;
  };
  return v instanceof Promise ? v.then(check) : check(v);
}

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

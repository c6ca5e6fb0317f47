import { CloudBase, itEmulatorOnly, startCloudBase } from './harness';
import { TEST_COLLECTIONS } from './test-collections';

/**
 * Round-trip counting (the budgets: reads ≤ 2, writes ≤ 4 per action) and the legacy per-document transaction calls, both only
 * observable on the emulator.
 */
let c: CloudBase;
const WHY = 'request counting is an emulator feature';

beforeAll(async () => {
  c = await startCloudBase();
});
afterAll(() => c?.close());

describe('round trips', () => {
  itEmulatorOnly('every SDK request is counted once, by action; resetStats starts over', WHY, async () => {
    const counters = c.db.collection(c.coll(TEST_COLLECTIONS.counters));
    await counters.doc('s').set({ name: 's', value: 1 });
    c.emulator!.resetStats();
    expect(c.emulator!.stats()).toEqual({ requests: 0, byAction: {}, depth: 0 });

    await counters.doc('s').get();
    await counters.where({ name: 's' }).count();
    expect(c.emulator!.stats()).toMatchObject({
      requests: 2,
      byAction: { 'database.getDocument': 1, 'database.calculateDocument': 1 },
    });

    c.emulator!.resetStats();
    await c.db.runTransaction(async (tx: { collection(n: string): typeof counters }) => {
      const ref = tx.collection(c.coll(TEST_COLLECTIONS.counters)).doc('s');
      const cur = ((await ref.get()).data as { value: number }).value;
      await ref.update({ value: cur + 1 });
    });
    expect(c.emulator!.stats()).toMatchObject({
      requests: 4,
      byAction: {
        'database.startTransaction': 1,
        'database.getDocument': 1,
        'database.modifyDocument': 1,
        'database.commitTransaction': 1,
      },
    });
  });
});

describe('sequential depth', () => {
  itEmulatorOnly('requests sent one after another chain; requests sent together cost one hop', WHY, async () => {
    const counters = c.db.collection(c.coll(TEST_COLLECTIONS.counters));
    await counters.doc('d').set({ name: 'd', value: 1 });
    c.emulator!.setLatency(30);
    try {
      c.emulator!.resetStats();
      await Promise.all([counters.doc('d').get(), counters.doc('d').get(), counters.where({ name: 'd' }).count()]);
      expect(c.emulator!.stats()).toMatchObject({ requests: 3, depth: 1 });
      c.emulator!.resetStats();
      await counters.doc('d').get();
      await Promise.all([counters.doc('d').get(), counters.doc('d').get()]);
      await counters.where({ name: 'd' }).count();
      expect(c.emulator!.stats()).toMatchObject({ requests: 4, depth: 3 });
    } finally {
      c.emulator!.setLatency(0);
    }
  });
});

describe('legacy transaction calls', () => {
  const call = async (action: string, params: Record<string, unknown>) => {
    const res = await fetch(`${c.emulator!.url}?env=${c.emulator!.envId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action, ...params }),
    });
    return (await res.json()) as Record<string, unknown>;
  };

  itEmulatorOnly('getInTransaction / updateDocInTransaction / deleteDocInTransaction answer the legacy shapes', 'raw emulator calls', async () => {
    const coll = c.coll(TEST_COLLECTIONS.counters);
    await c.db.collection(coll).doc('legacy').set({ name: 'legacy', value: 1 });
    const { transactionId } = (await call('database.startTransaction', {})) as { transactionId: string };
    expect(transactionId).toMatch(/^[0-9a-f]+$/);
    const got = await call('database.getInTransaction', { collectionName: coll, transactionId, _id: 'legacy' });
    expect(JSON.parse(got.data as string)).toMatchObject({ _id: 'legacy', value: { $numberInt: '1' } });
    const upd = await call('database.updateDocInTransaction', {
      collectionName: coll,
      transactionId,
      _id: 'legacy',
      data: JSON.stringify({ $set: { value: 5 } }),
    });
    expect(upd.updated).toBe('1');
    const del = await call('database.deleteDocInTransaction', { collectionName: coll, transactionId, _id: 'legacy' });
    expect(del.deleted).toBe('1');
    expect((await c.db.collection(coll).doc('legacy').get()).data).toHaveLength(1);
    expect(await call('database.commitTransaction', { transactionId })).not.toHaveProperty('code');
    expect((await c.db.collection(coll).doc('legacy').get()).data).toEqual([]);
  });

  itEmulatorOnly('unknown actions answer a CloudBase-shaped error, not an HTTP failure', 'raw emulator calls', async () => {
    const res = await call('database.noSuchThing', {});
    expect(res).toMatchObject({ code: 'ACTION_NOT_SUPPORTED', requestId: expect.any(String) });
  });
});

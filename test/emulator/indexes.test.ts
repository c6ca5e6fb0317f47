import { CloudBase, errorOf, itEmulatorOnly, startCloudBase } from './harness';
import { TEST_COLLECTIONS, UNINDEXED } from './test-collections';

/**
 * Indexes as code: unique indexes refuse duplicates with CloudBase's DATABASE_DUPLICATE_WRITE and change
 * nothing; in strict mode the emulator refuses queries no declared index serves (DATABASE_INDEX_REQUIRED).
 */
let c: CloudBase;
type Coll = ReturnType<CloudBase['db']['collection']>;
let items: Coll;
let signups: Coll;
let unindexed: Coll;
const NO_UNIQUE = 'unique indexes on test collections are declared to the emulator only';
const NO_STRICT = 'real CloudBase has no strict-index mode';

beforeAll(async () => {
  c = await startCloudBase();
  items = c.db.collection(c.coll(TEST_COLLECTIONS.items));
  signups = c.db.collection(c.coll(TEST_COLLECTIONS.signups));
  unindexed = c.db.collection(c.coll(UNINDEXED));
  await items.add([
    { _id: 'i1', name: 'one', kind: 'k', n: 1 },
    { _id: 'i2', name: 'two', kind: 'k', n: 2 },
  ]);
  await signups.add({ activityId: 'a1', memberId: 'm1' });
  await unindexed.add({ _id: 'u1', colour: 'red' });
});
afterAll(() => c?.close());

describe('unique indexes', () => {
  it('a duplicate _id is refused on add', async () => {
    expect((await errorOf(items.add({ _id: 'i1', name: 'other' }))).code).toBe('DATABASE_DUPLICATE_WRITE');
  });

  itEmulatorOnly('insert: refused, nothing written (a batch is all or nothing)', NO_UNIQUE, async () => {
    const before = await c.emulator!.snapshot();
    const err = await errorOf(items.add([{ name: 'three', kind: 'k', n: 3 }, { name: 'one', kind: 'k', n: 9 }]));
    expect(err.code).toBe('DATABASE_DUPLICATE_WRITE');
    expect(err.message).toContain('name_unique');
    expect(await c.emulator!.snapshot()).toEqual(before);
  });

  itEmulatorOnly('compound unique key: same pair refused, different pair accepted', NO_UNIQUE, async () => {
    expect((await errorOf(signups.add({ activityId: 'a1', memberId: 'm1' }))).code).toBe('DATABASE_DUPLICATE_WRITE');
    await signups.add({ activityId: 'a1', memberId: 'm2' });
    await signups.add({ activityId: 'a2', memberId: 'm1' });
    expect((await signups.where({ activityId: 'a1' }).count()).total).toBe(2);
  });

  itEmulatorOnly('update and set: refused, document unchanged', NO_UNIQUE, async () => {
    const before = await c.emulator!.snapshot();
    expect((await errorOf(items.doc('i2').update({ name: 'one' }))).code).toBe('DATABASE_DUPLICATE_WRITE');
    expect((await errorOf(items.doc('i2').set({ name: 'one', kind: 'k' }))).code).toBe('DATABASE_DUPLICATE_WRITE');
    expect((await errorOf(items.where({ kind: 'k' }).update({ name: 'same' }))).code).toBe('DATABASE_DUPLICATE_WRITE');
    expect(await c.emulator!.snapshot()).toEqual(before);
  });

  itEmulatorOnly('upsert: refused when the new document would clash', NO_UNIQUE, async () => {
    expect((await errorOf(items.doc('i-new').set({ name: 'two' }))).code).toBe('DATABASE_DUPLICATE_WRITE');
    expect((await items.doc('i-new').get()).data).toEqual([]);
  });

  itEmulatorOnly('a document may take over a value another one just gave up', NO_UNIQUE, async () => {
    await items.doc('i2').update({ name: 'two-renamed' });
    await items.add({ _id: 'i3', name: 'two', kind: 'k', n: 3 });
    expect((await items.where({ name: 'two' }).get()).data.map((d) => d._id)).toEqual(['i3']);
  });
});

describe('strict indexes', () => {
  const refused = async (p: Promise<unknown>) => {
    const err = await errorOf(p);
    expect(err.code).toBe('DATABASE_INDEX_REQUIRED');
    return err.message ?? '';
  };

  itEmulatorOnly('refuses get/count/update/remove/aggregate on unindexed fields, naming the collection and fields', NO_STRICT, async () => {
    const _ = c.db.command;
    const msg = await refused(items.where({ colour: 'red' }).get());
    expect(msg).toContain(TEST_COLLECTIONS.items);
    expect(msg).toContain('colour');
    await refused(items.where({ colour: 'red' }).count());
    await refused(items.where({ colour: 'red' }).update({ x: 1 }));
    await refused(items.where({ colour: 'red' }).remove());
    await refused(items.where({ kind: _.neq('k') }).get());
    await refused(items.where({ colour: /re/ }).get());
    await refused(items.aggregate().match({ colour: 'red' }).end());
    await refused(items.aggregate().group({ _id: '$kind' }).end());
    await refused(items.where({}).get());
    await refused(items.orderBy('colour', 'asc').get());
  });

  itEmulatorOnly('an $or is served only when every branch is', NO_STRICT, async () => {
    const _ = c.db.command;
    expect((await items.where(_.or([{ name: 'one' }, { n: 2 }])).get()).data).toHaveLength(2);
    await refused(items.where(_.or([{ name: 'one' }, { colour: 'red' }])).get());
  });

  itEmulatorOnly('allows _id, leading keys (eq, range, $in, regex), an empty count, and an empty filter sorted by a leading key', NO_STRICT, async () => {
    const _ = c.db.command;
    expect((await items.doc('i1').get()).data).toHaveLength(1);
    expect((await items.where({ _id: _.in(['i1', 'i2']) }).get()).data).toHaveLength(2);
    expect((await items.where({ kind: 'k', colour: 'x' }).get()).data).toHaveLength(0);
    expect((await items.where({ n: _.gte(2) }).get()).data.length).toBeGreaterThan(0);
    expect((await items.where({ name: _.in(['one']) }).get()).data).toHaveLength(1);
    expect((await items.where({ name: /^on/ }).get()).data).toHaveLength(1);
    expect((await items.where({ name: c.db.RegExp({ regexp: 'NE', options: 'i' }) }).orderBy('name', 'asc').get()).data).toHaveLength(1);
    expect((await items.count()).total).toBeGreaterThan(0);
    expect((await items.orderBy('n', 'desc').limit(1).get()).data).toHaveLength(1);
    expect((await items.aggregate().match({ kind: 'k' }).count('n').end()).data[0].n).toBeGreaterThan(0);
  });

  itEmulatorOnly('a collection without declared indexes allows only _id access', NO_STRICT, async () => {
    expect((await unindexed.doc('u1').get()).data).toHaveLength(1);
    const msg = await refused(unindexed.where({ colour: 'red' }).get());
    expect(msg).toContain('no declared index');
  });

  itEmulatorOnly('$lookup must use an indexed foreign field', NO_STRICT, async () => {
    await refused(
      items.aggregate().match({ kind: 'k' }).lookup({ from: c.coll(UNINDEXED), localField: 'name', foreignField: 'colour', as: 'x' }).end(),
    );
  });
});

describe('collections', () => {
  it('a collection that does not exist is an error, as in CloudBase', async () => {
    const err = await errorOf(c.db.collection(c.coll('contract_never_created')).doc('x').get());
    expect(err.code).toBe('DATABASE_COLLECTION_NOT_EXIST');
  });
});

import { CloudBase, errorOf, startCloudBase } from './harness';
import { TEST_COLLECTIONS } from './test-collections';

/** Writes: add, doc set/update/remove, where update/remove, every update operator, serverDate. */
let c: CloudBase;
let writes: ReturnType<CloudBase['db']['collection']>;

beforeAll(async () => {
  c = await startCloudBase();
  writes = c.db.collection(c.coll(TEST_COLLECTIONS.writes));
});
afterAll(() => c?.close());

const getDoc = async (id: string) => (await writes.doc(id).get()).data[0] as Record<string, unknown> | undefined;

describe('add', () => {
  it('generates a 32-hex _id when none is given', async () => {
    const res = await writes.add({ group: 'add', v: 1 });
    expect(res.id).toMatch(/^[0-9a-f]{32}$/);
    expect(await getDoc(res.id as string)).toEqual({ _id: res.id, group: 'add', v: 1 });
  });

  it('keeps a given _id, and inserts a batch', async () => {
    expect((await writes.add({ _id: 'add-own-id', group: 'add' })).id).toBe('add-own-id');
    const batch = await writes.add([{ group: 'add', v: 2 }, { group: 'add', v: 3 }]);
    expect(batch.ids).toHaveLength(2);
    expect((await writes.where({ group: 'add' }).count()).total).toBe(4);
  });

  it('refuses a second document with the same _id', async () => {
    const err = await errorOf(writes.add({ _id: 'add-own-id', group: 'add' }));
    expect(err.code).toBe('DATABASE_DUPLICATE_WRITE');
  });
});

describe('doc set / update / remove', () => {
  it('set creates when missing (upsert) and replaces the whole document when present', async () => {
    const created = await writes.doc('set-1').set({ group: 'set', a: 1, b: { c: 2 } });
    expect(created.upsertedId).toBe('set-1');
    const replaced = await writes.doc('set-1').set({ group: 'set', z: true });
    expect(replaced.updated).toBe(1);
    expect(await getDoc('set-1')).toEqual({ _id: 'set-1', group: 'set', z: true });
  });

  it('update merges fields, nested objects by path, and reports how many changed', async () => {
    await writes.doc('upd-1').set({ group: 'upd', a: 1, nested: { x: 1, y: 2 } });
    const res = await writes.doc('upd-1').update({ a: 2, nested: { y: 3 } });
    expect(res.updated).toBe(1);
    expect(await getDoc('upd-1')).toEqual({ _id: 'upd-1', group: 'upd', a: 2, nested: { x: 1, y: 3 } });
  });

  it('update of a missing document changes nothing and creates nothing', async () => {
    const res = await writes.doc('upd-missing').update({ a: 1 });
    expect(res.updated).toBe(0);
    expect(await getDoc('upd-missing')).toBeUndefined();
  });

  it('remove deletes one document', async () => {
    await writes.doc('rm-1').set({ group: 'rm' });
    expect((await writes.doc('rm-1').remove()).deleted).toBe(1);
    expect(await getDoc('rm-1')).toBeUndefined();
    expect((await writes.doc('rm-1').remove()).deleted).toBe(0);
  });
});

describe('where update / remove', () => {
  it('updates every match', async () => {
    await writes.add([{ group: 'wu', v: 1 }, { group: 'wu', v: 2 }, { group: 'other-wu', v: 3 }]);
    const res = await writes.where({ group: 'wu' }).update({ seen: true });
    expect(res.updated).toBe(2);
    const docs = (await writes.where({ group: 'wu' }).get()).data;
    expect(docs.every((d) => d.seen === true)).toBe(true);
    expect((await writes.where({ group: 'other-wu' }).get()).data[0]).not.toHaveProperty('seen');
  });

  it('removes every match', async () => {
    await writes.add([{ group: 'wr' }, { group: 'wr' }, { group: 'wr-keep' }]);
    expect((await writes.where({ group: 'wr' }).remove()).deleted).toBe(2);
    expect((await writes.where({ group: 'wr' }).count()).total).toBe(0);
    expect((await writes.where({ group: 'wr-keep' }).count()).total).toBe(1);
  });
});

describe('update operators', () => {
  beforeEach(async () => {
    await writes.doc('ops').set({ group: 'ops', n: 10, m: 3, tags: ['a', 'b'], gone: 'x', keep: 1 });
  });

  it('set replaces a value wholesale, even an object', async () => {
    const _ = c.db.command;
    await writes.doc('ops').update({ obj: _.set({ p: 1 }), n: _.set(0) });
    expect(await getDoc('ops')).toMatchObject({ obj: { p: 1 }, n: 0 });
  });

  it('inc and mul', async () => {
    const _ = c.db.command;
    await writes.doc('ops').update({ n: _.inc(5), m: _.mul(4) });
    expect(await getDoc('ops')).toMatchObject({ n: 15, m: 12 });
    await writes.doc('ops').update({ fresh: _.inc(2) });
    expect(await getDoc('ops')).toMatchObject({ fresh: 2 });
  });

  it('push, pull and addToSet', async () => {
    const _ = c.db.command;
    await writes.doc('ops').update({ tags: _.push(['c', 'a']) });
    expect((await getDoc('ops'))!.tags).toEqual(['a', 'b', 'c', 'a']);
    await writes.doc('ops').update({ tags: _.pull('a') });
    expect((await getDoc('ops'))!.tags).toEqual(['b', 'c']);
    await writes.doc('ops').update({ tags: _.addToSet('b') });
    await writes.doc('ops').update({ tags: _.addToSet('d') });
    expect((await getDoc('ops'))!.tags).toEqual(['b', 'c', 'd']);
  });

  it('remove deletes the field', async () => {
    const _ = c.db.command;
    await writes.doc('ops').update({ gone: _.remove() });
    const doc = await getDoc('ops');
    expect(doc).not.toHaveProperty('gone');
    expect(doc).toMatchObject({ keep: 1 });
  });

  it('an operator that cannot apply fails and changes nothing', async () => {
    const _ = c.db.command;
    const before = await getDoc('ops');
    const err = await errorOf(writes.doc('ops').update({ gone: _.inc(1), keep: 2 }));
    expect(err.code).toBeTruthy();
    expect(await getDoc('ops')).toEqual(before);
  });
});

describe('serverDate', () => {
  it('stores the server clock, with an offset, as a Date; also in where-updates', async () => {
    const before = Date.now();
    await writes.doc('sd').set({ group: 'sd', at: c.db.serverDate(), later: c.db.serverDate({ offset: 60_000 }) });
    const doc = (await getDoc('sd'))!;
    expect(doc.at).toBeInstanceOf(Date);
    const at = (doc.at as Date).getTime();
    expect(at).toBeGreaterThanOrEqual(before - 5_000);
    expect(at).toBeLessThanOrEqual(Date.now() + 5_000);
    expect((doc.later as Date).getTime() - at).toBe(60_000);
    await writes.where({ group: 'sd' }).update({ touched: c.db.serverDate() });
    expect((await getDoc('sd'))!.touched).toBeInstanceOf(Date);
  });

  it('can be compared against in a query', async () => {
    const _ = c.db.command;
    const found = await writes.where({ group: 'sd', at: _.lte(c.db.serverDate()) }).get();
    expect(found.data.map((d) => d._id)).toEqual(['sd']);
  });
});

import { CloudBase, startCloudBase } from './harness';
import { TEST_COLLECTIONS } from './test-collections';

/** Reads: every query operator and query shape the app relies on, through the real SDK. */
let c: CloudBase;
let items: ReturnType<CloudBase['db']['collection']>;
const ids: Record<string, string> = {};

const seed = [
  { name: 'apple', kind: 'fruit', n: 1, tags: ['red', 'sweet'], at: new Date('2024-01-01T00:00:00Z'), nested: { x: 1 }, note: 'Crisp' },
  { name: 'banana', kind: 'fruit', n: 2, tags: ['yellow', 'sweet'], at: new Date('2024-02-01T00:00:00Z'), nested: { x: 2 } },
  { name: 'cherry', kind: 'fruit', n: 3, tags: ['red'], at: new Date('2024-03-01T00:00:00Z'), note: 'small' },
  { name: 'durian', kind: 'fruit', n: 4, tags: [], at: new Date('2024-04-01T00:00:00Z'), nested: { x: 4 }, note: null },
  { name: 'carrot', kind: 'veg', n: 5, tags: ['orange'], at: new Date('2024-05-01T00:00:00Z') },
  { name: 'celery', kind: 'veg', n: 6, tags: ['green'], at: new Date('2024-06-01T00:00:00Z') },
];

beforeAll(async () => {
  c = await startCloudBase();
  items = c.db.collection(c.coll(TEST_COLLECTIONS.items));
  for (const doc of seed) ids[doc.name] = (await items.add(doc)).id as string;
});
afterAll(() => c?.close());

const names = async (q: { get(): Promise<{ data: unknown[] }> }): Promise<string[]> =>
  ((await q.get()).data as Array<{ name: string }>).map((d) => d.name);
const sorted = async (q: { get(): Promise<{ data: unknown[] }> }) => (await names(q)).sort();

describe('query operators', () => {
  it('eq: plain value and _.eq', async () => {
    const _ = c.db.command;
    expect(await sorted(items.where({ kind: 'veg' }))).toEqual(['carrot', 'celery']);
    expect(await sorted(items.where({ kind: _.eq('veg') }))).toEqual(['carrot', 'celery']);
  });

  it('neq', async () => {
    const _ = c.db.command;
    expect(await sorted(items.where({ kind: 'fruit', name: _.neq('apple') }))).toEqual(['banana', 'cherry', 'durian']);
  });

  it('gt, gte, lt, lte', async () => {
    const _ = c.db.command;
    expect(await sorted(items.where({ n: _.gt(4) }))).toEqual(['carrot', 'celery']);
    expect(await sorted(items.where({ n: _.gte(4) }))).toEqual(['carrot', 'celery', 'durian']);
    expect(await sorted(items.where({ n: _.lt(2) }))).toEqual(['apple']);
    expect(await sorted(items.where({ n: _.lte(2) }))).toEqual(['apple', 'banana']);
  });

  it('in and nin', async () => {
    const _ = c.db.command;
    expect(await sorted(items.where({ name: _.in(['apple', 'carrot', 'nope']) }))).toEqual(['apple', 'carrot']);
    expect(await sorted(items.where({ kind: 'fruit', name: _.nin(['apple', 'banana']) }))).toEqual(['cherry', 'durian']);
  });

  it('and: command form and field-level chaining', async () => {
    const _ = c.db.command;
    expect(await sorted(items.where(_.and([{ kind: 'fruit' }, { n: _.gte(2) }])))).toEqual(['banana', 'cherry', 'durian']);
    expect(await sorted(items.where({ n: _.gt(1).and(_.lt(4)) }))).toEqual(['banana', 'cherry']);
  });

  it('or: command form and field-level chaining', async () => {
    const _ = c.db.command;
    expect(await sorted(items.where(_.or([{ kind: 'veg' }, { name: 'apple' }])))).toEqual(['apple', 'carrot', 'celery']);
    expect(await sorted(items.where({ n: _.lt(2).or(_.gt(5)) }))).toEqual(['apple', 'celery']);
  });

  it('exists (null counts as present)', async () => {
    const _ = c.db.command;
    expect(await sorted(items.where({ kind: 'fruit', nested: _.exists(false) }))).toEqual(['cherry']);
    expect(await sorted(items.where({ kind: 'fruit', note: _.exists(true) }))).toEqual(['apple', 'cherry', 'durian']);
  });

  it('regular expressions: JS RegExp and db.RegExp, with flags', async () => {
    expect(await names(items.where({ kind: 'fruit', name: /^b/ }))).toEqual(['banana']);
    expect(await names(items.where({ kind: 'veg', name: /ELE/i }))).toEqual(['celery']);
    expect(await names(items.where({ kind: 'fruit', name: c.db.RegExp({ regexp: '^CH', options: 'i' }) }))).toEqual(['cherry']);
  });

  it('nested paths, array membership and dates', async () => {
    const _ = c.db.command;
    expect(await sorted(items.where({ kind: 'fruit', 'nested.x': _.gte(2) }))).toEqual(['banana', 'durian']);
    expect(await sorted(items.where({ kind: 'fruit', nested: { x: 1 } }))).toEqual(['apple']);
    expect(await sorted(items.where({ tags: 'red' }))).toEqual(['apple', 'cherry']);
    expect(await sorted(items.where({ kind: 'fruit', at: _.gte(new Date('2024-03-01T00:00:00Z')) }))).toEqual(['cherry', 'durian']);
  });
});

describe('query shapes', () => {
  it('orderBy, skip, limit', async () => {
    const q = items.where({ kind: 'fruit' }).orderBy('n', 'desc').skip(1).limit(2);
    expect(await names(q)).toEqual(['cherry', 'banana']);
  });

  it('several orderBy fields apply in order', async () => {
    const _ = c.db.command;
    const q = items.where({ n: _.gte(1) }).orderBy('kind', 'desc').orderBy('n', 'asc');
    expect(await names(q)).toEqual(['carrot', 'celery', 'apple', 'banana', 'cherry', 'durian']);
  });

  it('an empty filter ordered by an indexed field, paginated', async () => {
    expect(await names(items.orderBy('n', 'desc').limit(2))).toEqual(['celery', 'carrot']);
    expect(await names(items.orderBy('n', 'desc').skip(4).limit(10))).toEqual(['banana', 'apple']);
  });

  it('field: inclusion keeps _id, exclusion drops only the named fields', async () => {
    const [inc] = (await items.where({ name: 'apple' }).field({ name: true, n: true }).get()).data;
    expect(Object.keys(inc).sort()).toEqual(['_id', 'n', 'name']);
    const [exc] = (await items.where({ name: 'apple' }).field({ tags: false, nested: false }).get()).data;
    expect(exc).not.toHaveProperty('tags');
    expect(exc).toMatchObject({ name: 'apple', kind: 'fruit', note: 'Crisp' });
  });

  it('count with a filter and over the whole collection', async () => {
    expect((await items.where({ kind: 'fruit' }).count()).total).toBe(4);
    expect((await items.count()).total).toBe(6);
  });

  it('doc().get() answers a one-element list, or an empty one', async () => {
    const got = await items.doc(ids.banana).get();
    expect(got.data).toHaveLength(1);
    expect(got.data[0]).toMatchObject({ _id: ids.banana, name: 'banana', n: 2 });
    expect((await items.doc('no-such-id').get()).data).toEqual([]);
  });

  it('dates come back as Date objects with the same instant', async () => {
    const [doc] = (await items.doc(ids.cherry).get()).data;
    expect(doc.at).toBeInstanceOf(Date);
    expect((doc.at as Date).toISOString()).toBe('2024-03-01T00:00:00.000Z');
  });

  it('numbers keep their type: integers and fractions', async () => {
    const id = (await items.add({ name: 'fig', kind: 'fruit', n: 2.5, big: 2 ** 40 })).id as string;
    const [doc] = (await items.doc(id).get()).data;
    expect(doc).toMatchObject({ n: 2.5, big: 2 ** 40 });
    await items.doc(id).remove();
  });
});

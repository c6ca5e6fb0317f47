import { CloudBase, itEmulatorOnly, startCloudBase } from './harness';
import { TEST_COLLECTIONS } from './test-collections';

/** Aggregation: every stage the app uses — match, group, sort, project, limit, skip, count, lookup, unwind, addFields. */
let c: CloudBase;
let orders: ReturnType<CloudBase['db']['collection']>;

beforeAll(async () => {
  c = await startCloudBase();
  orders = c.db.collection(c.coll(TEST_COLLECTIONS.orders));
  const items = c.db.collection(c.coll(TEST_COLLECTIONS.items));
  await items.add([
    { name: 'tea', kind: 'drink', n: 1, meta: { origin: 'Fujian' } },
    { name: 'rice', kind: 'food', n: 2, meta: { origin: 'Hunan' } },
  ]);
  await orders.add([
    { _id: 'o1', customerId: 'c1', status: 'paid', amount: 10, itemName: 'tea', tags: ['gift', 'rush'], at: new Date('2024-01-01T00:00:00Z') },
    { _id: 'o2', customerId: 'c1', status: 'shipped', amount: 30, itemName: 'rice', tags: ['gift'], at: new Date('2024-02-01T00:00:00Z') },
    { _id: 'o3', customerId: 'c2', status: 'paid', amount: 5, itemName: 'tea', tags: [], at: new Date('2024-03-01T00:00:00Z') },
    { _id: 'o4', customerId: 'c2', status: 'cancelled', amount: 99, itemName: 'none', tags: ['rush'], at: new Date('2024-04-01T00:00:00Z') },
  ]);
});
afterAll(() => c?.close());

describe('aggregate', () => {
  it('match + group (sum, count, max date) + sort', async () => {
    const _ = c.db.command;
    const $ = _.aggregate;
    const res = await orders
      .aggregate()
      .match({ status: _.in(['paid', 'shipped']) })
      .group({ _id: '$customerId', total: $.sum('$amount'), n: $.sum(1), last: $.max('$at') })
      .sort({ total: -1 })
      .end();
    expect(res.data).toEqual([
      { _id: 'c1', total: 40, n: 2, last: new Date('2024-02-01T00:00:00Z') },
      { _id: 'c2', total: 5, n: 1, last: new Date('2024-03-01T00:00:00Z') },
    ]);
    expect(res.data[0].last).toBeInstanceOf(Date);
  });

  it('addFields + project', async () => {
    const $ = c.db.command.aggregate;
    const res = await orders
      .aggregate()
      .match({ customerId: 'c1' })
      .addFields({ double: $.multiply(['$amount', 2]) })
      .project({ _id: 0, amount: 1, double: 1 })
      .sort({ amount: 1 })
      .end();
    expect(res.data).toEqual([
      { amount: 10, double: 20 },
      { amount: 30, double: 60 },
    ]);
  });

  it('sort + skip + limit', async () => {
    const res = await orders.aggregate().match({ customerId: 'c1' }).sort({ at: -1 }).skip(1).limit(1).end();
    expect(res.data.map((d: { _id: string }) => d._id)).toEqual(['o1']);
  });

  it('count', async () => {
    const res = await orders.aggregate().match({ status: 'paid' }).count('n').end();
    expect(res.data).toEqual([{ n: 2 }]);
  });

  it('lookup + unwind (+ a missing foreign match drops with unwind)', async () => {
    const res = await orders
      .aggregate()
      .match({ customerId: 'c2' })
      .lookup({ from: c.coll(TEST_COLLECTIONS.items), localField: 'itemName', foreignField: 'name', as: 'item' })
      .unwind('$item')
      .project({ itemName: 1, kind: '$item.kind' })
      .end();
    expect(res.data).toEqual([{ _id: 'o3', itemName: 'tea', kind: 'drink' }]);
  });

  it('lookup keeps the array; unwind on an array field fans out', async () => {
    const $ = c.db.command.aggregate;
    const looked = await orders
      .aggregate()
      .match({ customerId: 'c1' })
      .lookup({ from: c.coll(TEST_COLLECTIONS.items), localField: 'itemName', foreignField: 'name', as: 'item' })
      .sort({ at: 1 })
      .end();
    expect(looked.data.map((d: { item: Array<{ name: string }> }) => d.item.map((i) => i.name))).toEqual([['tea'], ['rice']]);
    const byTag = await orders
      .aggregate()
      .match({ customerId: c.db.command.in(['c1', 'c2']) })
      .unwind('$tags')
      .group({ _id: '$tags', n: $.sum(1) })
      .sort({ _id: 1 })
      .end();
    expect(byTag.data).toEqual([
      { _id: 'gift', n: 2 },
      { _id: 'rush', n: 2 },
    ]);
  });

  itEmulatorOnly('stages that rewrite looked-up documents never change what is stored', 'inspects emulator state', async () => {
    const before = await c.emulator!.snapshot();
    await orders
      .aggregate()
      .match({ customerId: 'c1' })
      .lookup({ from: c.coll(TEST_COLLECTIONS.items), localField: 'itemName', foreignField: 'name', as: 'item' })
      .unwind('$item')
      .addFields({ 'item.meta.origin': 'changed', 'item.n': 100 })
      .end();
    expect(await c.emulator!.snapshot()).toEqual(before);
  });
});

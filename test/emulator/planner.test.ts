import fc from 'fast-check';
import { Query } from 'mingo';
import { ChunkedList } from '../../cloudfunctions/local/emulator/db/chunked-list';
import { Collection } from '../../cloudfunctions/local/emulator/db/collection';
import { findInCollection, stableSort } from '../../cloudfunctions/local/emulator/db/query';
import { compareBySort, SortSpec } from '../../cloudfunctions/local/emulator/db/values';
import type { Doc } from '../../cloudfunctions/local/emulator/ejson';

/**
 * The emulator's index planner (indexed walks that stop at limit) must return exactly what a full scan
 * with mingo would: same matches, same order by the requested sort, after any sequence of writes.
 * Property-based, against brute force. Pure emulator internals, so it runs the same in both modes.
 */
const defs = [
  { name: 'kind_n', fields: ['kind', 'n'], dirs: [1, 1] as Array<1 | -1>, unique: false },
  { name: 'n', fields: ['n'], dirs: [-1] as Array<1 | -1>, unique: false },
  { name: 'tags', fields: ['tags'], dirs: [1] as Array<1 | -1>, unique: false },
  { name: 'at', fields: ['at'], dirs: [-1] as Array<1 | -1>, unique: false },
];

const arbDoc = fc.record(
  {
    kind: fc.constantFrom('a', 'b', 'c', null),
    n: fc.oneof(fc.integer({ min: 0, max: 9 }), fc.constant('x')),
    tags: fc.array(fc.constantFrom('t1', 't2', 't3'), { maxLength: 3 }),
    at: fc.integer({ min: 0, max: 5 }).map((d) => new Date(Date.UTC(2024, 0, 1 + d))),
  },
  { requiredKeys: [] },
);

const arbCond = fc.oneof(
  fc.constantFrom('a', 'b', 'c').map((v) => ({ kind: v })),
  fc.array(fc.constantFrom('a', 'b', 'c', null), { minLength: 1, maxLength: 3 }).map((v) => ({ kind: { $in: v } })),
  fc.tuple(fc.constantFrom('$gt', '$gte', '$lt', '$lte', '$eq'), fc.integer({ min: 0, max: 9 })).map(([op, v]) => ({ n: { [op]: v } })),
  fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 4, max: 9 })).map(([lo, hi]) => ({ n: { $gte: lo, $lt: hi } })),
  fc.constantFrom('t1', 't2', 't3').map((v) => ({ tags: v })),
  fc.integer({ min: 0, max: 5 }).map((d) => ({ at: { $gte: new Date(Date.UTC(2024, 0, 1 + d)) } })),
);

const arbFilter = fc.oneof(
  fc.constant({}),
  arbCond,
  fc.tuple(arbCond, arbCond).map(([x, y]) => ({ $and: [x, y] })),
  fc.tuple(arbCond, arbCond).map(([x, y]) => ({ $or: [x, y] })),
  fc.tuple(fc.constantFrom('a', 'b'), arbCond).map(([k, x]) => ({ kind: k, ...x })),
);

const arbSort: fc.Arbitrary<SortSpec> = fc
  .uniqueArray(fc.tuple(fc.constantFrom('kind', 'n', 'at', 'tags'), fc.constantFrom<1 | -1>(1, -1)), {
    maxLength: 2,
    selector: ([f]) => f,
  })
  .map((x) => x as SortSpec);

describe('query planner vs full scan', () => {
  it('returns the same documents in the same sort order', () => {
    fc.assert(
      fc.property(
        fc.array(arbDoc, { maxLength: 40 }),
        fc.array(fc.nat(39), { maxLength: 10 }),
        arbFilter,
        arbSort,
        fc.nat(5),
        fc.option(fc.integer({ min: 1, max: 15 }), { nil: undefined }),
        (docs, deletions, filter, sort, skip, limit) => {
          const coll = new Collection('t', defs);
          docs.forEach((d, i) => coll.put({ _id: `d${i}`, ...d } as Doc));
          for (const i of deletions) coll.delete(`d${i}`);
          docs.slice(0, 5).forEach((d, i) => coll.put({ _id: `d${i}`, ...d, n: 3 } as Doc));

          const q = new Query(filter);
          const all = [...coll.docs.values()].filter((d) => q.test(d));
          const brute = (sort.length ? stableSort(all, sort) : all).slice(skip, limit === undefined ? undefined : skip + limit);
          const got = findInCollection(coll, filter, { sort, skip, limit });

          expect(new Set(got.map((d) => d._id)).size).toBe(got.length);
          expect(got.every((d) => q.test(d))).toBe(true);
          expect(got.length).toBe(brute.length);
          if (sort.length) got.forEach((d, i) => expect(compareBySort(d, brute[i], sort)).toBe(0));
          else if (limit === undefined && skip === 0) expect(new Set(got.map((d) => d._id))).toEqual(new Set(brute.map((d) => d._id)));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('chunked sorted list (the index storage) vs a plain sorted array', () => {
  it('inserts, removes, finds bounds and walks ranges across many small blocks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 60 })), { maxLength: 300 }),
        fc.integer({ min: -1, max: 61 }),
        fc.integer({ min: -1, max: 61 }),
        fc.boolean(),
        (ops, a, b, reverse) => {
          const list = new ChunkedList<number>((x, y) => x - y, 4);
          const model: number[] = [];
          for (const [add, v] of ops) {
            if (add) {
              list.insert(v);
              model.push(v);
              model.sort((x, y) => x - y);
            } else {
              const i = model.indexOf(v);
              expect(list.remove(v)).toBe(i !== -1);
              if (i !== -1) model.splice(i, 1);
            }
          }
          expect(list.size).toBe(model.length);
          const lo = list.firstPos((x) => x >= Math.min(a, b));
          const hi = list.firstPos((x) => x > Math.max(a, b));
          const want = model.filter((x) => x >= Math.min(a, b) && x <= Math.max(a, b));
          expect([...list.range(lo, hi, reverse)]).toEqual(reverse ? [...want].reverse() : want);
          expect([...list.range(0, list.size)]).toEqual(model);
        },
      ),
      { numRuns: 300 },
    );
  });
});

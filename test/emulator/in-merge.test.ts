import fc from 'fast-check';
import { Query } from 'mingo';
import { OPEN_STATES } from '../../cloudfunctions/contract/ideas-model';
import { COLLECTIONS } from '../../cloudfunctions/contract/collections';
import { indexDefsOf } from '../../cloudfunctions/local/emulator';
import { Collection } from '../../cloudfunctions/local/emulator/db/collection';
import { planQuery } from '../../cloudfunctions/local/emulator/db/planner';
import { examined, findInCollection, stableSort } from '../../cloudfunctions/local/emulator/db/query';
import type { IndexDef } from '../../cloudfunctions/local/emulator/db/sorted-index';
import { compareBySort, SortSpec } from '../../cloudfunctions/local/emulator/db/values';
import type { Doc } from '../../cloudfunctions/local/emulator/ejson';
import { INDEXES } from '../../cloudfunctions/platform/indexes';

/**
 * SORT_MERGE for `field $in [...]` + equalities ordered by a later index key (db/in-merge.ts): it must
 * return exactly — same documents, same order, ties included — what the path before it returned (walk
 * each value, concatenate, stable sort; `mergeIn: false`), and fetch at most (skip+limit) × walks docs.
 * Each collection below has ONE index, so both paths use the same index and the comparison is exact.
 */
const def = (name: string, keys: Array<[string, 1 | -1]>): IndexDef => ({ name, fields: keys.map(([f]) => f), dirs: keys.map(([, d]) => d), unique: false });

const SHAPES: IndexDef[] = [
  def('kind_g_at', [['kind', 1], ['g', 1], ['at', -1]]),
  def('g_kind_n', [['g', 1], ['kind', 1], ['n', 1]]),
  def('kind_n_at', [['kind', -1], ['n', 1], ['at', 1]]),
  def('tags_n', [['tags', 1], ['n', 1]]),
];

const arbDoc = fc.record(
  {
    kind: fc.constantFrom('a', 'b', 'c', null),
    g: fc.constantFrom('x', 'y'),
    n: fc.integer({ min: 0, max: 6 }),
    tags: fc.array(fc.constantFrom('t1', 't2', 't3'), { maxLength: 2 }),
    at: fc.integer({ min: 0, max: 4 }).map((d) => new Date(Date.UTC(2024, 0, 1 + d))),
  },
  { requiredKeys: [] },
);

const arbFilter = fc
  .record({
    kinds: fc.array(fc.constantFrom('a', 'b', 'c', null), { minLength: 1, maxLength: 4 }),
    g: fc.option(fc.constantFrom('x', 'y'), { nil: undefined }),
    tags: fc.option(fc.array(fc.constantFrom('t1', 't2', 't3'), { minLength: 1, maxLength: 3 }), { nil: undefined }),
    nFrom: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
  })
  .map(({ kinds, g, tags, nFrom }) => ({
    kind: { $in: kinds },
    ...(g ? { g } : {}),
    ...(tags ? { tags: { $in: tags } } : {}),
    ...(nFrom !== undefined ? { n: { $gte: nFrom } } : {}),
  }));

const arbSort: fc.Arbitrary<SortSpec> = fc
  .uniqueArray(fc.tuple(fc.constantFrom('kind', 'g', 'n', 'at'), fc.constantFrom<1 | -1>(1, -1)), { minLength: 1, maxLength: 2, selector: ([f]) => f })
  .map((x) => x as SortSpec);

const ids = (docs: Doc[]) => docs.map((d) => d._id);

describe('SORT_MERGE over $in walks', () => {
  it('returns exactly what the collect-and-sort path returns, ties included, and fetches ≤ (skip+limit) × walks', () => {
    let merged = 0;
    fc.assert(
      fc.property(
        fc.nat(SHAPES.length - 1),
        fc.array(arbDoc, { maxLength: 60 }),
        arbFilter,
        arbSort,
        fc.nat(8),
        fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
        (shape, docs, filter, sort, skip, limit) => {
          const coll = new Collection('t', [SHAPES[shape]]);
          docs.forEach((d, i) => coll.put({ _id: `d${String(i).padStart(2, '0')}`, ...d } as Doc));

          const before = findInCollection(coll, filter, { sort, skip, limit, mergeIn: false });
          examined.docs = 0;
          const after = findInCollection(coll, filter, { sort, skip, limit });
          const fetched = examined.docs;
          expect(ids(after)).toEqual(ids(before));

          // And both agree with brute force on the sort order.
          const q = new Query(filter);
          const brute = stableSort([...coll.docs.values()].filter((d) => q.test(d)), sort).slice(skip, limit === undefined ? undefined : skip + limit);
          expect(after.length).toBe(brute.length);
          after.forEach((d, i) => expect(compareBySort(d, brute[i], sort)).toBe(0));

          const plan = planQuery(coll, filter, sort);
          if (plan.kind !== 'merge') return;
          merged++;
          const walks = plan.runs().length;
          // The bound holds when the index answers the whole filter (other fields reject fetched documents)
          // and keys are scalars (one document in several walks, multikey tags, is fetched once per walk).
          const covered = Object.keys(filter).every((f) => SHAPES[shape].fields.includes(f));
          if (limit !== undefined && covered && SHAPES[shape].name !== 'tags_n') expect(fetched).toBeLessThanOrEqual(Math.max(1, skip + limit) * walks);
        },
      ),
      { numRuns: 600 },
    );
    // The property is about the merge: make sure a good share of the runs actually took it.
    expect(merged).toBeGreaterThan(100);
  });
});

/** The two list queries the bench flagged, against the indexes platform/indexes.ts declares. */
describe('the declared indexes serve lessons.list and ideas.queue by SORT_MERGE', () => {
  const defs = indexDefsOf(INDEXES);
  const day = (d: number) => new Date(Date.UTC(2025, 0, 1) + d * 3_600_000);

  it('lessons.list: audienceKey in [branch, county] + published, newest first', () => {
    const coll = new Collection(COLLECTIONS.lessons, defs.get(COLLECTIONS.lessons) ?? []);
    for (let i = 0; i < 3000; i++) {
      const status = i % 10 === 0 ? 'draft' : 'published';
      // Hour-grained times over 50 days: plenty of equal publishedAt values across the two audiences.
      const at = day(i % 1200);
      coll.put({ _id: `l${i}`, audienceKey: ['county', 'b1', 'b2', 'b3'][i % 4], status, publishedAt: at, updatedAt: day(3000 - i) } as Doc);
    }
    const filter = { audienceKey: { $in: ['b2', 'county'] }, status: 'published' };
    const sort: SortSpec = [['publishedAt', -1]];
    const plan = planQuery(coll, filter, sort);
    expect(plan).toMatchObject({ kind: 'merge', index: 'audience_status_published' });
    for (const skip of [0, 20, 400]) {
      examined.docs = 0;
      const page = findInCollection(coll, filter, { sort, skip, limit: 21 });
      expect(examined.docs).toBeLessThanOrEqual((skip + 21) * 2);
      expect(page).toHaveLength(21);
      const q = new Query(filter);
      const all = [...coll.docs.values()].filter((d) => q.test(d));
      expect(page.map((d) => (d.publishedAt as Date).getTime())).toEqual(
        stableSort(all, sort)
          .slice(skip, skip + 21)
          .map((d) => (d.publishedAt as Date).getTime()),
      );
    }
  });

  it('ideas.queue: state in the open states, oldest first — identical to the path before', () => {
    const coll = new Collection(COLLECTIONS.ideas, defs.get(COLLECTIONS.ideas) ?? []);
    const states = [...OPEN_STATES, 'resolved', 'not_accepted', 'withdrawn'];
    for (let i = 0; i < 3000; i++) coll.put({ _id: `i${(i * 7919) % 3000}`, state: states[i % states.length], createdAt: day(i % 500) } as Doc);
    const filter = { state: { $in: [...OPEN_STATES] } };
    const sort: SortSpec = [['createdAt', 1]];
    expect(planQuery(coll, filter, sort)).toMatchObject({ kind: 'merge', index: 'state_time' });
    for (const skip of [0, 60, 900]) {
      const before = findInCollection(coll, filter, { sort, skip, limit: 21, mergeIn: false });
      examined.docs = 0;
      const after = findInCollection(coll, filter, { sort, skip, limit: 21 });
      expect(examined.docs).toBeLessThanOrEqual((skip + 21) * OPEN_STATES.length);
      expect(ids(after)).toEqual(ids(before));
    }
  });

  it('falls back to collect-and-sort when the walk would run backwards (ties would come out reversed)', () => {
    const coll = new Collection('t', [def('kind_at', [['kind', 1], ['at', -1]])]);
    for (let i = 0; i < 50; i++) coll.put({ _id: `d${i}`, kind: i % 2 ? 'a' : 'b', at: day(i % 5) } as Doc);
    const filter = { kind: { $in: ['a', 'b'] } };
    expect(planQuery(coll, filter, [['at', -1]]).kind).toBe('merge');
    expect(planQuery(coll, filter, [['at', 1]]).kind).toBe('index');
    expect(ids(findInCollection(coll, filter, { sort: [['at', 1]], limit: 10 }))).toEqual(ids(findInCollection(coll, filter, { sort: [['at', 1]], limit: 10, mergeIn: false })));
  });
});

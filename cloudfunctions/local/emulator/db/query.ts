import { Query } from 'mingo';
import type { Doc } from '../ejson';
import type { Collection } from './collection';
import type { Filter } from './constraints';
import { mergeRuns } from './in-merge';
import { planQuery } from './planner';
import type { DocId } from './sorted-index';
import { compareBySort, SortSpec } from './values';

/**
 * Runs a find over committed documents: plan candidates (see planner.ts), re-check each with mingo (the
 * semantics), order with the MongoDB sort rules, then skip/limit. When the plan already yields sorted
 * candidates (or no order is asked), it stops after skip+limit matches, so the cost of a paginated list
 * does not grow with the collection.
 */
export interface FindOptions {
  sort?: SortSpec;
  skip?: number;
  limit?: number;
  /** false = without SORT_MERGE (planner.ts PlanOptions); only the equivalence tests and bench pass it. */
  mergeIn?: boolean;
}

export const mingoOptions = { scriptEnabled: false } as const;

/**
 * Documents fetched and re-checked by finds since the last reset — what MongoDB's explain calls
 * docsExamined. Read by the planner tests (a paged list must not touch more than it returns) and the bench.
 */
export const examined = { docs: 0 };

export function compileFilter(filter: Filter): (doc: Doc) => boolean {
  if (!filter || Object.keys(filter).length === 0) return () => true;
  const q = new Query(filter, mingoOptions);
  return (doc) => q.test(doc);
}

export function findInCollection(coll: Collection, filter: Filter, opts: FindOptions = {}): Doc[] {
  const sort = opts.sort ?? [];
  const skip = Math.max(0, opts.skip ?? 0);
  const want = opts.limit === undefined ? Infinity : skip + Math.max(0, opts.limit);
  const test = compileFilter(filter);
  const plan = planQuery(coll, filter, sort, { mergeIn: opts.mergeIn });

  const fetch = (id: DocId): Doc | undefined => {
    const doc = coll.get(id);
    examined.docs++;
    return doc && test(doc) ? doc : undefined;
  };
  const fromIds = (ids: Iterable<DocId>, inOrder: boolean): Doc[] => {
    const out: Doc[] = [];
    for (const id of ids) {
      const doc = fetch(id);
      if (!doc) continue;
      out.push(doc);
      if (inOrder && out.length >= want) break;
    }
    return out;
  };

  let matched: Doc[];
  let ordered = false;
  switch (plan.kind) {
    case 'ids':
    case 'union':
      matched = fromIds(plan.ids, false);
      break;
    case 'index':
      matched = fromIds(plan.ids(), plan.sorted);
      ordered = plan.sorted;
      break;
    case 'merge':
      matched = mergeRuns(plan.runs(), fetch, sort, want);
      ordered = true;
      break;
    default:
      matched = fromIds(coll.docs.keys(), sort.length === 0);
      ordered = sort.length === 0;
  }
  if (!ordered && sort.length) matched = stableSort(matched, sort);
  return matched.slice(skip, want);
}

export function stableSort(docs: Doc[], sort: SortSpec): Doc[] {
  return docs
    .map((doc, i) => ({ doc, i }))
    .sort((a, b) => compareBySort(a.doc, b.doc, sort) || a.i - b.i)
    .map((x) => x.doc);
}

/** `{a: 1, b: -1}` (what orderBy sends) as an ordered spec; CloudBase also accepts "asc"/"desc". */
export function toSortSpec(order: unknown): SortSpec {
  if (!order || typeof order !== 'object') return [];
  const entries: Array<[string, unknown]> = Array.isArray(order)
    ? order.map((o: { field?: string; direction?: unknown }) => [String(o.field), o.direction])
    : Object.entries(order as Record<string, unknown>);
  return entries.map(([f, d]) => [f, d === -1 || d === 'desc' ? -1 : 1]);
}

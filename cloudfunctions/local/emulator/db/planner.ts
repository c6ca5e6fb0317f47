import type { Collection } from './collection';
import { Constraint, Filter, fieldConstraints, orBranches } from './constraints';
import { mergePoints } from './in-merge';
import type { DocId, SortedIndex } from './sorted-index';
import type { SortSpec } from './values';

/**
 * Picks how to find candidate documents for a filter, as a database planner would:
 *  - `ids`: the filter pins `_id` (equality or $in), fetch those documents directly;
 *  - `index`: walk one declared index over the equality prefix (+ $in or a range on the next key); when the
 *    rest of the index order equals the requested sort, the walk yields results already sorted and the
 *    caller can stop at skip+limit;
 *  - `merge`: the leading keys of an index are pinned by equalities and $in lists and the next keys are
 *    the sort: one forward walk per prefix point, each in sort order, merged by the caller (in-merge.ts);
 *  - `union`: a top-level $or whose every branch is served; the union of the branch candidates;
 *  - `scan`: everything, in natural order.
 * Candidates are always a superset: callers re-check each document against the full filter with mingo.
 */
export type Plan =
  | { kind: 'ids'; ids: DocId[] }
  | { kind: 'index'; ids: () => Iterable<DocId>; sorted: boolean; index: string }
  | { kind: 'merge'; runs: () => Array<Iterable<DocId>>; index: string }
  | { kind: 'union'; ids: DocId[] }
  | { kind: 'scan' };

interface Candidate {
  index: SortedIndex;
  prefix: unknown[];
  tail?: Constraint;
  score: number;
  sorted: boolean;
  reverse: boolean;
  /** Set for a merge: the prefix tuples to walk (then `prefix` is unused). */
  points?: unknown[][];
}

export interface PlanOptions {
  /** false = the path before SORT_MERGE existed (collect every match, then sort); for the equivalence tests. */
  mergeIn?: boolean;
}

export function planQuery(coll: Collection, filter: Filter, sort: SortSpec, opts: PlanOptions = {}): Plan {
  const cons = fieldConstraints(filter);
  const idPlan = planById(cons.get('_id'));
  if (idPlan) return idPlan;
  const best = bestIndex(coll, cons, sort, opts.mergeIn !== false);
  if (best) return toIndexPlan(best);
  const branches = orBranches(filter);
  if (branches && branches.length) {
    const ids = new Set<DocId>();
    for (const branch of branches) {
      const p = planQuery(coll, branch, []);
      if (p.kind === 'scan') return { kind: 'scan' };
      // (Branches are planned without a sort, so never as a merge; the runs are flattened all the same.)
      const it = p.kind === 'index' ? p.ids() : p.kind === 'merge' ? p.runs().flatMap((r) => [...r]) : p.ids;
      for (const id of it) ids.add(id);
    }
    return { kind: 'union', ids: [...ids] };
  }
  return { kind: 'scan' };
}

function planById(c: Constraint | undefined): Plan | null {
  if (!c) return null;
  if (c.eq) return { kind: 'ids', ids: [c.eq.value as DocId] };
  if (c.in) return { kind: 'ids', ids: [...new Set(c.in as DocId[])] };
  return null;
}

function bestIndex(coll: Collection, cons: Map<string, Constraint>, sort: SortSpec, mergeIn: boolean): Candidate | null {
  let best: Candidate | null = null;
  const consider = (cand: Candidate) => {
    if (!best || cand.score > best.score || (cand.score === best.score && cand.sorted && !best.sorted)) best = cand;
  };
  for (const index of coll.indexes) {
    const merge = mergeIn ? mergeCandidate(index, cons, sort) : null;
    if (merge) consider(merge);
    const { fields } = index.def;
    let eqCount = 0;
    while (eqCount < fields.length && cons.get(fields[eqCount])?.eq) eqCount++;
    const next = cons.get(fields[eqCount]);
    const tail = next && (next.in || next.lo || next.hi) ? next : undefined;
    const { sorted, reverse } = servesSort(index, eqCount, tail, sort, cons);
    const score = eqCount * 2 + (tail ? 1 : 0);
    if (score === 0 && !(sorted && sort.length)) continue;
    const prefix = fields.slice(0, eqCount).map((f) => cons.get(f)?.eq?.value);
    consider({ index, prefix, tail, score, sorted, reverse });
  }
  return best;
}

/**
 * A SORT_MERGE candidate: equalities and $in lists pin the first p keys, the sort follows in the index's
 * own direction (forward walks only, see in-merge.ts), an optional range on key p narrows each walk.
 * Scored like an equality prefix of p keys, so it beats the unsorted $in walk of the same index.
 */
function mergeCandidate(index: SortedIndex, cons: Map<string, Constraint>, sort: SortSpec): Candidate | null {
  if (!sort.length) return null;
  const m = mergePoints(index, cons);
  if (!m) return null;
  const p = m.points[0].length;
  const next = cons.get(index.def.fields[p]);
  const tail = next && (next.lo || next.hi) ? next : undefined;
  const { sorted, reverse } = servesSort(index, p, tail, sort, cons, true);
  if (!sorted || reverse) return null;
  return { index, prefix: [], tail, score: p * 2 + (tail ? 1 : 0), sorted: true, reverse: false, points: m.points };
}

/** Does walking this index (after the equality prefix) produce the requested order? */
function servesSort(
  index: SortedIndex,
  eqCount: number,
  tail: Constraint | undefined,
  sort: SortSpec,
  cons: Map<string, Constraint>,
  perPoint = false,
): { sorted: boolean; reverse: boolean } {
  if (tail?.in) return { sorted: false, reverse: false };
  const { fields, dirs } = index.def;
  // A sort field pinned by an equality on a single-valued key is constant over the walk: drop it. On a
  // multikey field it is not (MongoDB sorts arrays by their smallest/largest element), so it stays.
  // Walked per point of a merge, an $in key is pinned too (each walk has one value).
  const pinned = (c: Constraint | undefined) => !!(c?.eq || (perPoint && c?.in));
  const rest = sort.filter(([f]) => {
    const k = fields.indexOf(f);
    return !(k >= 0 && k < eqCount && pinned(cons.get(f)) && !index.isMultikey(k));
  });
  if (rest.length === 0) return { sorted: true, reverse: false };
  if (rest.length > fields.length - eqCount) return { sorted: false, reverse: false };
  let forward = true;
  let backward = true;
  rest.forEach(([f, d], i) => {
    const k = eqCount + i;
    if (fields[k] !== f) forward = backward = false;
    // A range on a multikey field walks elements inside the range, not each array's extreme element.
    if (index.isMultikey(k) && cons.get(f)) forward = backward = false;
    if (dirs[k] !== d) forward = false;
    if (dirs[k] !== -d) backward = false;
  });
  return { sorted: forward || backward, reverse: !forward && backward };
}

function toIndexPlan(c: Candidate): Plan {
  const { points, index, tail } = c;
  if (points) return { kind: 'merge', index: index.def.name, runs: () => points.map((pt) => index.walk(pt, tail?.lo, tail?.hi)) };
  return {
    kind: 'index',
    index: c.index.def.name,
    sorted: c.sorted,
    ids: function* () {
      // A multikey index holds one entry per array element: report each document once, at its first entry.
      const seen = new Set<DocId>();
      for (const id of walkCandidate(c)) {
        if (seen.has(id)) continue;
        seen.add(id);
        yield id;
      }
    },
  };
}

function walkCandidate(c: Candidate): Iterable<DocId> {
  const { index, prefix, tail } = c;
  if (tail?.in) return tail.in.flatMap((v) => [...index.walk([...prefix, v])]);
  return index.walk(prefix, tail?.lo, tail?.hi, c.reverse);
}

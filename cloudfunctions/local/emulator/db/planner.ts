import type { Collection } from './collection';
import { Constraint, Filter, fieldConstraints, orBranches } from './constraints';
import type { DocId, SortedIndex } from './sorted-index';
import type { SortSpec } from './values';

/**
 * Picks how to find candidate documents for a filter, as a database planner would:
 *  - `ids`: the filter pins `_id` (equality or $in), fetch those documents directly;
 *  - `index`: walk one declared index over the equality prefix (+ $in or a range on the next key); when the
 *    rest of the index order equals the requested sort, the walk yields results already sorted and the
 *    caller can stop at skip+limit;
 *  - `union`: a top-level $or whose every branch is served; the union of the branch candidates;
 *  - `scan`: everything, in natural order.
 * Candidates are always a superset: callers re-check each document against the full filter with mingo.
 */
export type Plan =
  | { kind: 'ids'; ids: DocId[] }
  | { kind: 'index'; ids: () => Iterable<DocId>; sorted: boolean; index: string }
  | { kind: 'union'; ids: DocId[] }
  | { kind: 'scan' };

interface Candidate {
  index: SortedIndex;
  prefix: unknown[];
  tail?: Constraint;
  score: number;
  sorted: boolean;
  reverse: boolean;
}

export function planQuery(coll: Collection, filter: Filter, sort: SortSpec): Plan {
  const cons = fieldConstraints(filter);
  const idPlan = planById(cons.get('_id'));
  if (idPlan) return idPlan;
  const best = bestIndex(coll, cons, sort);
  if (best) return toIndexPlan(best);
  const branches = orBranches(filter);
  if (branches && branches.length) {
    const ids = new Set<DocId>();
    for (const branch of branches) {
      const p = planQuery(coll, branch, []);
      if (p.kind === 'scan') return { kind: 'scan' };
      const it = p.kind === 'index' ? p.ids() : p.ids;
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

function bestIndex(coll: Collection, cons: Map<string, Constraint>, sort: SortSpec): Candidate | null {
  let best: Candidate | null = null;
  for (const index of coll.indexes) {
    const { fields } = index.def;
    let eqCount = 0;
    while (eqCount < fields.length && cons.get(fields[eqCount])?.eq) eqCount++;
    const next = cons.get(fields[eqCount]);
    const tail = next && (next.in || next.lo || next.hi) ? next : undefined;
    const { sorted, reverse } = servesSort(index, eqCount, tail, sort, cons);
    const score = eqCount * 2 + (tail ? 1 : 0);
    if (score === 0 && !(sorted && sort.length)) continue;
    const prefix = fields.slice(0, eqCount).map((f) => cons.get(f)?.eq?.value);
    const cand: Candidate = { index, prefix, tail, score, sorted, reverse };
    if (!best || score > best.score || (score === best.score && sorted && !best.sorted)) best = cand;
  }
  return best;
}

/** Does walking this index (after the equality prefix) produce the requested order? */
function servesSort(
  index: SortedIndex,
  eqCount: number,
  tail: Constraint | undefined,
  sort: SortSpec,
  cons: Map<string, Constraint>,
): { sorted: boolean; reverse: boolean } {
  if (tail?.in) return { sorted: false, reverse: false };
  const { fields, dirs } = index.def;
  // A sort field pinned by an equality on a single-valued key is constant over the walk: drop it. On a
  // multikey field it is not (MongoDB sorts arrays by their smallest/largest element), so it stays.
  const rest = sort.filter(([f]) => {
    const k = fields.indexOf(f);
    return !(k >= 0 && k < eqCount && cons.get(f)?.eq && !index.isMultikey(k));
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

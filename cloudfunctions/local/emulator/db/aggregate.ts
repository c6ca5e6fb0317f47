import { aggregate } from 'mingo';
import type { Doc } from '../ejson';
import { ErrorCodes, EmulatorError } from '../errors';
import type { Filter } from './constraints';
import { mingoOptions, toSortSpec } from './query';
import type { IndexDef } from './sorted-index';
import { checkIndexed } from './strict-indexes';
import { deepClone, pathValues } from './values';
import type { WorkingSet } from './working-set';

/**
 * database.aggregateDocuments. mingo runs the pipeline; we add what a database does around it:
 *  - a leading $match is answered through the planner (indexes), so the pipeline starts from the matches;
 *  - a plain $lookup {from, localField, foreignField} fetches only the foreign documents whose
 *    foreignField equals a local value (an index lookup, as MongoDB does with an index on foreignField)
 *    instead of handing mingo the whole foreign collection;
 *  - every document given to mingo is a copy, because mingo's $addFields writes into nested objects
 *    (including embedded $lookup results) and stored documents must never change in place.
 */
export interface AggregateContext {
  ws: WorkingSet;
  strict: boolean;
  indexDefs: Map<string, IndexDef[]>;
}

type Stage = Record<string, unknown>;

export function runAggregate(ctx: AggregateContext, coll: string, stages: Stage[]): Doc[] {
  const { ws } = ctx;
  ws.collection(coll);
  const first = stages[0] ?? {};
  const filter = (first.$match as Filter | undefined) ?? {};
  const rest = first.$match !== undefined ? stages.slice(1) : stages;
  if (ctx.strict) checkPipeline(ctx, coll, filter, rest);

  let docs: Doc[] = ws.find(coll, filter).map(deepClone);
  let segment: Stage[] = [];
  const flush = () => {
    if (segment.length) docs = aggregate(docs, segment, mingoOptions) as Doc[];
    segment = [];
  };
  for (const stage of rest) {
    const lookup = stage.$lookup as { from?: string; localField?: string; foreignField?: string } | undefined;
    if (!lookup) {
      segment.push(stage);
      continue;
    }
    flush();
    const from = String(lookup.from);
    let foreign: Doc[] = [];
    if (!ws.exists(from)) {
      // MongoDB treats a missing foreign collection as empty.
    } else if (lookup.localField && lookup.foreignField) {
      const values = [...new Set(docs.flatMap((d) => pathValues(d, lookup.localField!)))];
      foreign = ws.find(from, { [lookup.foreignField]: { $in: values } });
    } else {
      foreign = ws.find(from, {});
    }
    const copy = foreign.map(deepClone);
    docs = aggregate(docs, [stage], { ...mingoOptions, collectionResolver: () => copy }) as Doc[];
  }
  flush();
  return docs.slice(0, resultCap(stages));
}

/**
 * CloudBase answers an aggregate without a limit() stage with 20 rows at most, and never more than 1000
 * (README, "Platform rules"): code that groups without limit() silently loses rows there, so it does here.
 */
export const AGGREGATE_DEFAULT_ROWS = 20;
export const AGGREGATE_MAX_ROWS = 1000;

const resultCap = (stages: Stage[]): number =>
  stages.some((s) => s.$limit !== undefined) ? AGGREGATE_MAX_ROWS : AGGREGATE_DEFAULT_ROWS;

function checkPipeline(ctx: AggregateContext, coll: string, filter: Filter, rest: Stage[]): void {
  const defs = ctx.indexDefs.get(coll) ?? [];
  const next = rest[0] ?? {};
  const sort = next.$sort ? toSortSpec(next.$sort) : [];
  const countOnly = rest.length === 1 && next.$count !== undefined;
  checkIndexed(coll, defs, filter, sort, countOnly ? 'count' : 'find');
  for (const stage of rest) {
    const lookup = stage.$lookup as { from?: string; foreignField?: string } | undefined;
    if (!lookup?.foreignField) continue;
    const from = String(lookup.from);
    const leading = (ctx.indexDefs.get(from) ?? []).map((d) => d.fields[0]);
    if (lookup.foreignField !== '_id' && !leading.includes(lookup.foreignField)) {
      throw new EmulatorError(
        ErrorCodes.indexRequired,
        `[strict indexes] $lookup into "${from}" by ${lookup.foreignField} is not served by any declared index ` +
          '(declare one in cloudfunctions/platform/indexes.ts).',
      );
    }
  }
}

import { ErrorCodes, EmulatorError } from '../errors';
import { Constraint, Filter, fieldConstraints, isEmptyFilter, orBranches } from './constraints';
import type { IndexDef } from './sorted-index';
import type { SortSpec } from './values';

/**
 * Strict-index mode (tests): refuse a read or write whose filter no declared index serves, so a query that
 * would scan a province-sized collection fails in CI instead of in production. Served means:
 *  - by `_id` (always indexed), or
 *  - the leading key of some declared index of the collection is constrained (equality, range, $in, a
 *    regex — MongoDB answers a regex on an indexed field by scanning index keys, not documents), at top
 *    level or inside every branch of an $or, or
 *  - the filter is empty and the first orderBy field is some index's leading key, or
 *  - it is a count with an empty filter.
 * A collection with no declared index at all is refused except by `_id`.
 */
export type AccessKind = 'find' | 'count' | 'write';

const constrains = (c: Constraint | undefined): boolean => !!c && !!(c.eq || c.in || c.lo || c.hi || c.regex);

function served(filter: Filter, leading: Set<string>): boolean {
  const cons = fieldConstraints(filter);
  if (constrains(cons.get('_id'))) return true;
  for (const key of leading) if (constrains(cons.get(key))) return true;
  const branches = orBranches(filter);
  return !!branches && branches.length > 0 && branches.every((b) => served(b, leading));
}

export function checkIndexed(collection: string, defs: IndexDef[], filter: Filter, sort: SortSpec, kind: AccessKind): void {
  const empty = isEmptyFilter(filter);
  if (empty && kind === 'count') return;
  const leading = new Set(defs.map((d) => d.fields[0]));
  if (!empty && served(filter, leading)) return;
  if (empty && sort.length > 0 && leading.has(sort[0][0])) return;

  const fields = [...fieldConstraints(filter ?? {}).keys()];
  const what = empty ? `an empty filter${sort.length ? ` ordered by ${sort[0][0]}` : ''}` : `filter fields [${fields.join(', ') || '(none usable)'}]`;
  const declared = defs.length
    ? `declared leading keys: ${[...leading].join(', ')}`
    : 'this collection has no declared index at all';
  throw new EmulatorError(
    ErrorCodes.indexRequired,
    `[strict indexes] ${kind} on collection "${collection}" with ${what} is not served by any declared index (${declared}). ` +
      'Query by an indexed field or declare an index in cloudfunctions/platform/indexes.ts.',
  );
}

import type { Bound } from './sorted-index';

/**
 * What a filter says about individual fields, in the terms an index can use: an equality, a list of
 * values ($in) or a range. Only top-level fields (and those inside a top-level $and) are considered; a
 * field constrained only under $or/$nor/$not is not, exactly as MongoDB's planner would treat one index.
 * Shared by the query planner (speed) and the strict-index rule (the refusal in tests).
 */
export interface Constraint {
  eq?: { value: unknown };
  in?: unknown[];
  lo?: Bound;
  hi?: Bound;
  /** A regular expression with no usable prefix: MongoDB still scans the index keys, not the documents. */
  regex?: boolean;
}

export type Filter = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RegExp);

/** Scalars an index entry can equal: no arrays or sub-documents (those match by other rules). */
const isIndexable = (v: unknown): boolean => v === null || v instanceof Date || ['string', 'number', 'boolean'].includes(typeof v);

export function fieldConstraints(filter: Filter): Map<string, Constraint> {
  const out = new Map<string, Constraint>();
  const visit = (f: Filter) => {
    for (const [field, cond] of Object.entries(f)) {
      if (field === '$and' && Array.isArray(cond)) {
        for (const sub of cond) if (isPlainObject(sub)) visit(sub);
        continue;
      }
      if (field.startsWith('$')) continue;
      const c = constraintOf(cond);
      if (c) out.set(field, { ...out.get(field), ...c });
    }
  };
  visit(filter);
  return out;
}

function constraintOf(cond: unknown): Constraint | null {
  if (isIndexable(cond)) return { eq: { value: cond } };
  if (cond instanceof RegExp) return regexRange(cond);
  if (!isPlainObject(cond)) return null;
  const keys = Object.keys(cond);
  if (!keys.length || !keys.every((k) => k.startsWith('$'))) return null;
  const c: Constraint = {};
  if ('$eq' in cond && isIndexable(cond.$eq)) c.eq = { value: cond.$eq };
  if (Array.isArray(cond.$in) && cond.$in.length && cond.$in.every(isIndexable)) c.in = cond.$in;
  if (isIndexable(cond.$gt)) c.lo = { value: cond.$gt, inclusive: false };
  if (isIndexable(cond.$gte)) c.lo = { value: cond.$gte, inclusive: true };
  if (isIndexable(cond.$lt)) c.hi = { value: cond.$lt, inclusive: false };
  if (isIndexable(cond.$lte)) c.hi = { value: cond.$lte, inclusive: true };
  if (cond.$regex instanceof RegExp) Object.assign(c, regexRange(cond.$regex));
  return c.eq || c.in || c.lo || c.hi || c.regex ? c : null;
}

/**
 * An anchored, case-sensitive regex `^abc` is the string range [abc, abd); any other regex can only be
 * checked key by key over the whole index (still an index scan, as MongoDB's explain would show).
 */
function regexRange(re: RegExp): Constraint {
  const m = /^\^([^.*+?()[\]{}|\\^$]+)/.exec(re.source);
  if (!m || re.flags.includes('i')) return { regex: true };
  const prefix = m[1];
  const next = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  return { lo: { value: prefix, inclusive: true }, hi: { value: next, inclusive: false } };
}

/** Branches of a top-level $or, if there is one (an $or nested in $and counts too). */
export function orBranches(filter: Filter): Filter[] | null {
  if (Array.isArray(filter.$or)) return filter.$or.filter(isPlainObject);
  if (Array.isArray(filter.$and)) {
    for (const sub of filter.$and) if (isPlainObject(sub) && Array.isArray(sub.$or)) return sub.$or.filter(isPlainObject);
  }
  return null;
}

export const isEmptyFilter = (filter: Filter | undefined): boolean => !filter || Object.keys(filter).length === 0;

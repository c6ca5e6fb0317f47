import { compare as mingoCompare, isEqual } from 'mingo/util';

/**
 * Value ordering and path resolution shared by indexes, sorting and unique checks. We reuse mingo's BSON-like
 * type order so that an index walk, an in-memory sort and mingo's own operators all agree. MongoDB sorts a
 * missing field as null, so undefined is folded into null first.
 */
export function compareValues(a: unknown, b: unknown): number {
  // Fast path for what index keys nearly always are; it orders exactly as mingo does for these types.
  const ta = typeof a;
  if (ta === typeof b && (ta === 'string' || (ta === 'number' && !Number.isNaN(a) && !Number.isNaN(b)))) {
    return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
  }
  if (a instanceof Date && b instanceof Date) return Math.sign(a.getTime() - b.getTime());
  return mingoCompare(a === undefined ? null : a, b === undefined ? null : b);
}

export const valuesEqual = (a: unknown, b: unknown): boolean =>
  isEqual(a === undefined ? null : a, b === undefined ? null : b);

/**
 * Every value a dotted path reaches, descending through arrays as MongoDB does for queries and multikey
 * indexes: `a.b` on `{a: [{b: 1}, {b: 2}]}` gives [1, 2]. A terminal array contributes its elements and
 * itself is not returned (an index holds the elements). Nothing reached gives [null].
 */
export function pathValues(doc: unknown, path: string): unknown[] {
  const out: unknown[] = [];
  collect(doc, path.split('.'), 0, out);
  return out.length ? out : [null];
}

function collect(node: unknown, parts: string[], i: number, out: unknown[]): void {
  if (i === parts.length) {
    if (Array.isArray(node)) {
      if (node.length === 0) out.push(null);
      else out.push(...node);
    } else out.push(node === undefined ? null : node);
    return;
  }
  if (Array.isArray(node)) {
    const idx = Number(parts[i]);
    if (Number.isInteger(idx) && idx >= 0 && idx < node.length) collect(node[idx], parts, i + 1, out);
    for (const el of node) if (el && typeof el === 'object' && !Array.isArray(el)) collect(el, parts, i, out);
    return;
  }
  if (node && typeof node === 'object' && !(node instanceof Date)) {
    const next = (node as Record<string, unknown>)[parts[i]];
    if (next === undefined) out.push(null);
    else collect(next, parts, i + 1, out);
    return;
  }
  out.push(null);
}

/** Whether an array is met anywhere along a dotted path (what makes an index key multikey). */
export function reachesArray(doc: unknown, path: string): boolean {
  let node = doc;
  for (const part of path.split('.')) {
    if (Array.isArray(node)) return true;
    if (node === null || typeof node !== 'object' || node instanceof Date) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return Array.isArray(node);
}

/** The value a sort uses: MongoDB takes the smallest element ascending and the largest descending. */
export function sortValue(doc: unknown, path: string, dir: 1 | -1): unknown {
  const values = pathValues(doc, path);
  if (values.length === 1) return values[0];
  let best = values[0];
  for (const v of values) if (compareValues(v, best) * dir < 0) best = v;
  return best;
}

export type SortSpec = Array<[string, 1 | -1]>;

export function compareBySort(a: unknown, b: unknown, sort: SortSpec): number {
  for (const [field, dir] of sort) {
    const c = compareValues(sortValue(a, field, dir), sortValue(b, field, dir)) * dir;
    if (c !== 0) return c;
  }
  return 0;
}

/** A canonical string for a tuple of values, used to find equal unique-index keys in a Map. */
export function canonicalKey(values: unknown[]): string {
  return JSON.stringify(values.map(canonical));
}

function canonical(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return { $d: v.getTime() };
  if (v instanceof RegExp) return { $r: String(v) };
  if (Array.isArray(v)) return v.map(canonical);
  if (typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = canonical(x);
    return { $o: out };
  }
  if (typeof v === 'number' && Object.is(v, -0)) return 0;
  return v;
}

/** All key tuples a document contributes to an index (more than one when a key field holds an array). */
export function indexTuples(doc: unknown, fields: string[], cap = 1000): unknown[][] {
  let tuples: unknown[][] = [[]];
  for (const f of fields) {
    const values = dedupe(pathValues(doc, f));
    const next: unknown[][] = [];
    for (const t of tuples) for (const v of values) if (next.length < cap) next.push([...t, v]);
    tuples = next;
  }
  return tuples;
}

function dedupe(values: unknown[]): unknown[] {
  if (values.length < 2) return values;
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = canonicalKey([v]);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Deep copy of a document. Not structuredClone: under jest the emulator runs inside a vm context while
 * structuredClone belongs to the host realm, and mingo does not recognise objects whose Object
 * constructor comes from another realm (a copied document would silently stop matching queries).
 */
export function deepClone<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value instanceof RegExp) return new RegExp(value.source, value.flags) as T;
  if (Array.isArray(value)) return value.map(deepClone) as T;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value; // BSON values (ObjectId, Binary…) are immutable
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = deepClone(v);
  return out as T;
}

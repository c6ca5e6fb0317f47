import { BSONRegExp, EJSON } from 'bson';
import { ErrorCodes, EmulatorError } from './errors';

/**
 * The SDK sends queries, updates and documents as EJSON strings (`EJSON.stringify(x, { relaxed: false })`
 * with the `bson` 4 that @cloudbase/database depends on — the same top-level copy we import) and parses
 * answers with `EJSON.parse`. Two CloudBase specials travel inside: `{ $tcb_server_date: { offset } }` (the
 * server's clock at write time, plus offset ms) and `$regularExpression`, which bson turns into a BSONRegExp;
 * mingo understands JS RegExp, so both are rewritten while decoding.
 */
export type Doc = Record<string, unknown> & { _id?: unknown };

export function decodeEjson(text: unknown, what: string, now: () => number = Date.now): unknown {
  if (text === undefined || text === null || text === '') return undefined;
  let parsed: unknown;
  try {
    parsed = typeof text === 'string' ? EJSON.parse(text, { relaxed: true }) : EJSON.deserialize(text as object);
  } catch (e) {
    throw new EmulatorError(ErrorCodes.invalidParam, `invalid ${what}: ${(e as Error).message}`);
  }
  return rewriteSpecials(parsed, now());
}

function rewriteSpecials(value: unknown, nowMs: number): unknown {
  if (value instanceof BSONRegExp) return toJsRegExp(value);
  if (value instanceof Date || value instanceof RegExp) return value;
  if (Array.isArray(value)) return value.map((v) => rewriteSpecials(v, nowMs));
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const sd = obj.$tcb_server_date as { offset?: unknown } | undefined;
    if (sd && typeof sd === 'object' && Object.keys(obj).length === 1) {
      return new Date(nowMs + (Number(sd.offset) || 0));
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) out[k] = rewriteSpecials(v, nowMs);
    return out;
  }
  return value;
}

function toJsRegExp(r: BSONRegExp): RegExp {
  // BSON allows i, l, m, s, u, x; JS knows i, m, s, u. `l` (locale) and `x` (extended) have no JS twin.
  const flags = [...new Set(r.options.split(''))].filter((f) => 'imsu'.includes(f)).join('');
  try {
    return new RegExp(r.pattern, flags);
  } catch (e) {
    throw new EmulatorError(ErrorCodes.invalidParam, `invalid regular expression: ${(e as Error).message}`);
  }
}

/** Answers are Strict EJSON, as CloudBase's are; the SDK's EJSON.parse restores Dates and numbers. */
export function encodeDoc(doc: unknown): string {
  return EJSON.stringify(toBsonSafe(doc) as Doc, { relaxed: false });
}

/** JS RegExp stored in a document goes back out as a BSON regular expression, like MongoDB would keep it. */
function toBsonSafe(value: unknown): unknown {
  if (value instanceof RegExp) return new BSONRegExp(value.source, value.flags.replace(/[^imsu]/g, ''));
  if (value instanceof Date) return value;
  if (Array.isArray(value)) return value.map(toBsonSafe);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v !== undefined) out[k] = toBsonSafe(v);
    }
    return out;
  }
  return value;
}

/** Storage form for the journal and snapshots: relaxed EJSON keeps lines short and Dates exact. */
export const serializeForDisk = (value: unknown): string =>
  EJSON.stringify(toBsonSafe(value) as Doc, { relaxed: true });

export const parseFromDisk = (text: string): unknown => rewriteSpecials(EJSON.parse(text, { relaxed: true }), 0);

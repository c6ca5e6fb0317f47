import { find } from 'mingo';
import type { Doc } from '../ejson';
import { decodeEjson, encodeDoc } from '../ejson';
import { ErrorCodes, EmulatorError } from '../errors';
import { runAggregate } from './aggregate';
import type { Filter } from './constraints';
import { collectionName, DbContext, Params, withData } from './context';
import { insertDocs, modifyDocs, removeDocs } from './mutate';
import { mingoOptions, toSortSpec } from './query';
import { AccessKind, checkIndexed } from './strict-indexes';
import type { SortSpec } from './values';

/**
 * database.* actions in the wire format of @cloudbase/node-sdk 3.18 / @cloudbase/database 1.4.3 (see
 * TOOLCHAIN trap 12). Each returns the answer body without requestId; the HTTP layer adds it.
 * Transaction-scoped calls carry `transactionId` and go through the TxManager (see context.withData).
 */
export type Answer = Record<string, unknown>;
type Handler = (p: Params, ctx: DbContext) => Promise<Answer>;

/** Server queries answer 100 documents unless limit() says otherwise, and never more than 1000. */
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

const filterOf = (p: Params, ctx: DbContext): Filter => (decodeEjson(p.query, 'query', ctx.now) as Filter) ?? {};

function guard(ctx: DbContext, coll: string, filter: Filter, sort: SortSpec, kind: AccessKind): void {
  if (ctx.strict) checkIndexed(coll, ctx.indexDefs.get(coll) ?? [], filter, sort, kind);
}

const flag = (v: unknown, dflt: boolean): boolean => (v === undefined ? dflt : v === true || v === 'true');

const getDocument: Handler = async (p, ctx) => {
  const coll = collectionName(p);
  const filter = filterOf(p, ctx);
  const sort = toSortSpec(decodeEjson(p.order, 'order', ctx.now));
  const offset = Number(p.offset) || 0;
  const limit = p.limit === undefined ? DEFAULT_LIMIT : Math.min(Number(p.limit), MAX_LIMIT);
  const projection = decodeEjson(p.projection, 'projection', ctx.now) as Record<string, unknown> | undefined;
  const docs = await withData(ctx, p, false, (ws) => {
    ws.collection(coll);
    guard(ctx, coll, filter, sort, 'find');
    return ws.find(coll, filter, { sort, skip: offset, limit });
  });
  const shaped = projection && Object.keys(projection).length ? (find(docs, {}, projection as never, mingoOptions).all() as Doc[]) : docs;
  return { data: { list: shaped.map(encodeDoc), limit, offset } };
};

const calculateDocument: Handler = async (p, ctx) => {
  const coll = collectionName(p);
  const filter = filterOf(p, ctx);
  const total = await withData(ctx, p, false, (ws) => {
    ws.collection(coll);
    guard(ctx, coll, filter, [], 'count');
    return ws.find(coll, filter).length;
  });
  return { data: { total } };
};

const insertDocument: Handler = async (p, ctx) => {
  const coll = collectionName(p);
  const raw = Array.isArray(p.data) ? p.data : [p.data];
  // Decoded under the lock so that serverDate() is the time of the write, not of the request's arrival.
  const insertedIds = await withData(ctx, p, true, (ws) =>
    insertDocs(ws, coll, raw.map((d) => decodeEjson(d, 'data', ctx.now) as Doc)),
  );
  return { data: { insertedIds } };
};

const modifyDocument: Handler = async (p, ctx) => {
  const coll = collectionName(p);
  const filter = filterOf(p, ctx);
  const res = await withData(ctx, p, true, (ws) => {
    const data = decodeEjson(p.data, 'data', ctx.now) as Doc;
    ws.collection(coll);
    guard(ctx, coll, filter, [], 'write');
    return modifyDocs(ws, coll, {
      filter,
      data,
      multi: flag(p.multi, false),
      merge: flag(p.merge, true),
      upsert: flag(p.upsert, false),
    });
  });
  return { data: { updated: res.updated, matched: res.matched, upsert_id: res.upsertId ?? null } };
};

const removeDocument: Handler = async (p, ctx) => {
  const coll = collectionName(p);
  const filter = filterOf(p, ctx);
  const deleted = await withData(ctx, p, true, (ws) => {
    ws.collection(coll);
    guard(ctx, coll, filter, [], 'write');
    return removeDocs(ws, coll, filter, flag(p.multi, false));
  });
  return { data: { deleted } };
};

/** Query.updateAndReturn: update the first match, answer with the document after the update. */
const modifyAndReturnDoc: Handler = async (p, ctx) => {
  const coll = collectionName(p);
  const filter = filterOf(p, ctx);
  const data = decodeEjson(p.data, 'data', ctx.now) as Doc;
  const doc = await withData(ctx, p, true, (ws) => {
    guard(ctx, coll, filter, [], 'write');
    const [target] = ws.find(coll, filter, { limit: 1 });
    if (!target) return null;
    modifyDocs(ws, coll, { filter: { _id: target._id }, data, multi: false, merge: true, upsert: false });
    return ws.get(coll, target._id as string) ?? null;
  });
  return { data: { updated: doc ? 1 : 0, doc: doc ? encodeDoc(doc) : null } };
};

const aggregateDocuments: Handler = async (p, ctx) => {
  const coll = collectionName(p);
  const stages = (Array.isArray(p.stages) ? p.stages : []).map((s: { stageKey?: string; stageValue?: unknown }) => {
    if (!s || typeof s.stageKey !== 'string') throw new EmulatorError(ErrorCodes.invalidParam, 'each stage needs a stageKey');
    return { [s.stageKey]: decodeEjson(s.stageValue, `stage ${s.stageKey}`, ctx.now) };
  });
  const list = await withData(ctx, p, false, (ws) =>
    runAggregate({ ws, strict: ctx.strict, indexDefs: ctx.indexDefs }, coll, stages),
  );
  return { data: { list: list.map(encodeDoc) } };
};

const addCollection: Handler = async (p, ctx) => {
  const coll = collectionName(p);
  if (ctx.store.has(coll)) throw new EmulatorError(ErrorCodes.collectionAlreadyExist, `collection ${coll} already exists`);
  const owner = {};
  await ctx.store.lock.acquire(owner, ctx.lockWaitMs, () => new EmulatorError(ErrorCodes.timeout, 'lock wait timeout'));
  try {
    await ctx.store.commit([], [coll]);
  } finally {
    ctx.store.lock.release(owner);
  }
  return {};
};

export const databaseActions: Record<string, Handler> = {
  'database.getDocument': getDocument,
  'database.calculateDocument': calculateDocument,
  'database.insertDocument': insertDocument,
  'database.modifyDocument': modifyDocument,
  'database.removeDocument': removeDocument,
  'database.modifyAndReturnDoc': modifyAndReturnDoc,
  'database.aggregateDocuments': aggregateDocuments,
  'database.addCollection': addCollection,
};

import { EJSON } from 'bson';
import type { Doc } from '../ejson';
import { decodeEjson, encodeDoc } from '../ejson';
import { ErrorCodes, EmulatorError } from '../errors';
import type { Answer } from './actions';
import { collectionName, DbContext, Params } from './context';
import { modifyDocs, removeDocs } from './mutate';

/**
 * Transaction lifecycle actions, plus the older per-document transaction API
 * (getInTransaction / updateDocInTransaction / deleteDocInTransaction) that @cloudbase/database's
 * legacy Transaction class sends. The current SDK sends ordinary get/insert/modify/remove calls carrying
 * `transactionId` instead; both land in the same TxManager.
 * Shapes follow what the SDK reads: `transactionId` at the top level of the start answer; the legacy
 * calls answer EJSON strings (`data`, `updated`, `deleted`) that the SDK parses itself.
 */
type Handler = (p: Params, ctx: DbContext) => Promise<Answer>;

const txIdOf = (p: Params): string => {
  if (typeof p.transactionId !== 'string' || !p.transactionId) {
    throw new EmulatorError(ErrorCodes.invalidParam, 'transactionId is required');
  }
  return p.transactionId;
};

const docIdOf = (p: Params): string | number => {
  if (typeof p._id !== 'string' && typeof p._id !== 'number') throw new EmulatorError(ErrorCodes.invalidParam, '_id is required');
  return p._id;
};

const startTransaction: Handler = async (_p, ctx) => ({ transactionId: ctx.tx.start() });

const commitTransaction: Handler = async (p, ctx) => {
  await ctx.tx.commit(txIdOf(p));
  return {};
};

const abortTransaction: Handler = async (p, ctx) => {
  const id = txIdOf(p);
  if (!ctx.tx.known(id)) throw new EmulatorError(ErrorCodes.transactionFail, `transaction ${id} does not exist`);
  ctx.tx.abort(id);
  return {};
};

const getInTransaction: Handler = async (p, ctx) => {
  const coll = collectionName(p);
  const id = docIdOf(p);
  const doc = await ctx.tx.run(txIdOf(p), (ws) => ws.get(coll, id) ?? null);
  return { data: doc ? encodeDoc(doc) : 'null' };
};

const updateDocInTransaction: Handler = async (p, ctx) => {
  const coll = collectionName(p);
  const id = docIdOf(p);
  const res = await ctx.tx.run(txIdOf(p), (ws) => {
    const data = decodeEjson(p.data, 'data', ctx.now) as Doc;
    const merge = Object.keys(data ?? {}).some((k) => k.startsWith('$'));
    return modifyDocs(ws, coll, { filter: { _id: id }, data, multi: false, merge, upsert: p.upsert === true });
  });
  return {
    updated: EJSON.stringify(res.updated),
    upserted: res.upsertId !== undefined ? JSON.stringify([{ _id: res.upsertId }]) : null,
  };
};

const deleteDocInTransaction: Handler = async (p, ctx) => {
  const coll = collectionName(p);
  const id = docIdOf(p);
  const deleted = await ctx.tx.run(txIdOf(p), (ws) => removeDocs(ws, coll, { _id: id }, false));
  return { deleted: EJSON.stringify(deleted) };
};

export const transactionActions: Record<string, Handler> = {
  'database.startTransaction': startTransaction,
  'database.commitTransaction': commitTransaction,
  'database.abortTransaction': abortTransaction,
  'database.getInTransaction': getInTransaction,
  'database.updateDocInTransaction': updateDocInTransaction,
  'database.deleteDocInTransaction': deleteDocInTransaction,
};

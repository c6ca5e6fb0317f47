import { ErrorCodes, EmulatorError } from '../errors';
import type { DurableStore } from '../store/durable-store';
import type { IndexDef } from './sorted-index';
import type { TxManager } from './transactions';
import { WorkingSet } from './working-set';

/** What the database action handlers share, and the two ways a handler touches data. */
export interface DbContext {
  store: DurableStore;
  tx: TxManager;
  strict: boolean;
  indexDefs: Map<string, IndexDef[]>;
  lockWaitMs: number;
  now: () => number;
}

export type Params = Record<string, unknown>;

/**
 * Runs `op` against a fresh WorkingSet: inside the named transaction when there is one, otherwise as a
 * plain request. A plain write takes the writer lock for its duration and commits its changes as one
 * journal record before answering; a plain read takes no lock and sees committed data only.
 */
export async function withData<T>(ctx: DbContext, p: Params, write: boolean, op: (ws: WorkingSet) => T): Promise<T> {
  const txId = typeof p.transactionId === 'string' && p.transactionId ? p.transactionId : undefined;
  if (txId) return ctx.tx.run(txId, op);
  if (!write) return op(new WorkingSet(ctx.store));
  const owner = {};
  await ctx.store.lock.acquire(owner, ctx.lockWaitMs, () =>
    new EmulatorError(
      ErrorCodes.timeout,
      `write waited more than ${ctx.lockWaitMs} ms for an open transaction. Note: inside a transaction, ` +
        '@cloudbase/node-sdk sends where().update()/remove() and count() WITHOUT the transaction id, so they run ' +
        'outside it (and here wait for it); use doc(id).update()/remove() inside transactions.',
    ),
  );
  try {
    const ws = new WorkingSet(ctx.store);
    const result = op(ws);
    await ctx.store.commit(ws.changes());
    return result;
  } finally {
    ctx.store.lock.release(owner);
  }
}

export const collectionName = (p: Params): string => {
  const name = p.collectionName;
  if (typeof name !== 'string' || !name) throw new EmulatorError(ErrorCodes.invalidParam, 'collectionName is required');
  return name;
};

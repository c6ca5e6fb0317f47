import { ErrorCodes, EmulatorError } from '../errors';
import type { DurableStore } from '../store/durable-store';
import type { IndexDef } from './sorted-index';
import type { DocLocks } from './doc-locks';
import type { TxManager } from './transactions';
import { WorkingSet } from './working-set';

/** What the database action handlers share, and the two ways a handler touches data. */
export interface DbContext {
  store: DurableStore;
  tx: TxManager;
  locks: DocLocks;
  strict: boolean;
  indexDefs: Map<string, IndexDef[]>;
  lockWaitMs: number;
  now: () => number;
}

export type Params = Record<string, unknown>;

/**
 * Runs `op` against a fresh WorkingSet: inside the named transaction when there is one, otherwise as a
 * plain request. A plain read takes no lock and sees committed data. A plain write is atomic on its own:
 * it runs and commits under the commit mutex as one journal record. If it would change a document (or
 * insert a unique key) that an open transaction has locked, it waits for that transaction to end and runs
 * again ("非事务对该对象的写入会阻塞，直到事务锁释放"); after `lockWaitMs` it fails with DATABASE_TIMEOUT.
 */
export async function withData<T>(ctx: DbContext, p: Params, write: boolean, op: (ws: WorkingSet) => T): Promise<T> {
  const txId = typeof p.transactionId === 'string' && p.transactionId ? p.transactionId : undefined;
  if (txId) return ctx.tx.run(txId, op);
  if (!write) return op(new WorkingSet(ctx.store));
  const deadline = Date.now() + ctx.lockWaitMs;
  for (;;) {
    const owner = {};
    await ctx.store.lock.acquire(owner, 60_000, () => new EmulatorError(ErrorCodes.timeout, 'store busy'));
    let blocked: string | undefined;
    try {
      const ws = new WorkingSet(ctx.store);
      const result = op(ws);
      blocked = ws.lockKeys().find((k) => ctx.locks.heldByOther(k));
      if (!blocked) {
        await ctx.store.commit(ws.changes());
        return result;
      }
    } finally {
      ctx.store.lock.release(owner);
    }
    if (!(await ctx.locks.waitFree(blocked, deadline - Date.now()))) {
      throw new EmulatorError(
        ErrorCodes.timeout,
        `write waited more than ${ctx.lockWaitMs} ms for a document locked by an open transaction. Note: inside a ` +
          'transaction, @cloudbase/node-sdk sends where().update()/remove() WITHOUT the transaction id, so they run ' +
          'outside it (and wait for it); use doc(id).update()/remove() inside transactions.',
      );
    }
  }
}

export const collectionName = (p: Params): string => {
  const name = p.collectionName;
  if (typeof name !== 'string' || !name) throw new EmulatorError(ErrorCodes.invalidParam, 'collectionName is required');
  return name;
};

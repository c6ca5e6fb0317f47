import { ErrorCodes, EmulatorError } from '../errors';
import { newTransactionId } from '../ids';
import type { DurableStore } from '../store/durable-store';
import { WorkingSet } from './working-set';

/**
 * Transactions (database.startTransaction … commitTransaction / abortTransaction).
 *
 * Choice: pessimistic, with the store's single writer lock (store/write-lock.ts), taken at a transaction's
 * first read or write and held to commit/abort. Everything the transaction read therefore stays as read,
 * so it is serializable, and many concurrent sign-ups on one activity queue up instead of failing — the
 * app's "read seats, check, update, insert sign-up" can never over-fill. Writes are buffered in a
 * WorkingSet and committed as ONE journal record, so a crash never half-applies a transaction.
 *
 * Conflicts still exist, as in CloudBase: a transaction that waits longer than `lockWaitMs` for the lock
 * is aborted with DATABASE_TRANSACTION_CONFLICT, the code the SDK's runTransaction retries on (up to 3
 * times); app code using startTransaction must retry it too. A transaction left open longer than
 * `timeoutMs` is aborted and its lock released. As in MongoDB, an error inside a transaction aborts it.
 */
export interface TxOptions {
  timeoutMs: number;
  lockWaitMs: number;
}

type TxState = 'active' | 'committing' | 'committed' | 'aborted';

interface Tx {
  id: string;
  ws: WorkingSet;
  state: TxState;
  reason?: string;
  timer: NodeJS.Timeout;
}

export class TxManager {
  private readonly txs = new Map<string, Tx>();

  constructor(
    private readonly store: DurableStore,
    private readonly opts: TxOptions,
  ) {}

  start(): string {
    const id = newTransactionId();
    const timer = setTimeout(() => this.abort(id, `transaction timed out after ${this.opts.timeoutMs} ms`), this.opts.timeoutMs);
    timer.unref();
    this.txs.set(id, { id, ws: new WorkingSet(this.store), state: 'active', timer });
    return id;
  }

  /** Runs one operation inside the transaction, holding the writer lock; any failure aborts it. */
  async run<T>(id: string, op: (ws: WorkingSet) => T): Promise<T> {
    const tx = this.active(id);
    await this.store.lock.acquire(tx, this.opts.lockWaitMs, () => {
      this.abort(id, 'lock wait timeout');
      return new EmulatorError(ErrorCodes.transactionConflict, `transaction ${id} conflicts with another writer (lock wait timeout); retry it`);
    });
    this.active(id);
    try {
      return op(tx.ws);
    } catch (e) {
      this.abort(id, e instanceof Error ? e.message : String(e));
      throw e;
    }
  }

  async commit(id: string): Promise<void> {
    const tx = this.active(id);
    tx.state = 'committing';
    try {
      if (this.store.lock.isHeldBy(tx)) await this.store.commit(tx.ws.changes());
      tx.state = 'committed';
    } catch (e) {
      tx.state = 'aborted';
      tx.reason = `commit failed: ${(e as Error).message}`;
      throw new EmulatorError(ErrorCodes.transactionFail, tx.reason);
    } finally {
      this.finish(tx);
    }
  }

  abort(id: string, reason = 'aborted by caller'): void {
    const tx = this.txs.get(id);
    if (!tx || tx.state !== 'active') return;
    tx.state = 'aborted';
    tx.reason = reason;
    this.finish(tx);
  }

  /** Known ids, aborted or not: abortTransaction on an already-ended transaction is not an error. */
  known(id: string): boolean {
    return this.txs.has(id);
  }

  abortAll(): void {
    for (const id of this.txs.keys()) this.abort(id, 'emulator closing');
  }

  private active(id: string): Tx {
    const tx = this.txs.get(id);
    if (!tx) throw new EmulatorError(ErrorCodes.transactionFail, `transaction ${id} does not exist`);
    if (tx.state !== 'active') {
      throw new EmulatorError(ErrorCodes.transactionFail, `transaction ${id} is ${tx.state}${tx.reason ? `: ${tx.reason}` : ''}`);
    }
    return tx;
  }

  private finish(tx: Tx): void {
    clearTimeout(tx.timer);
    this.store.lock.release(tx, new EmulatorError(ErrorCodes.transactionFail, `transaction ${tx.id} ${tx.reason ?? 'ended'}`));
    // Keep the ended transaction briefly so late calls get a clear message rather than "does not exist".
    const t = setTimeout(() => this.txs.delete(tx.id), 60_000);
    t.unref();
  }
}

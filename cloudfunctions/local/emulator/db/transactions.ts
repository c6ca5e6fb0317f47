import { ErrorCodes, EmulatorError } from '../errors';
import { newTransactionId } from '../ids';
import type { DurableStore } from '../store/durable-store';
import { docKey } from '../store/versions';
import type { DocLocks } from './doc-locks';
import type { DocId } from './sorted-index';
import { WorkingSet } from './working-set';

/**
 * Transactions (database.startTransaction … commitTransaction / abortTransaction), as CloudBase runs them
 * (see the emulator README, "Platform rules"):
 *
 * - Snapshot isolation: a transaction reads the data as committed when it started, plus its own writes.
 * - Fail-fast document locks: a write locks the document (and any unique key it inserts) until commit or
 *   abort. A write to a document another transaction has locked, or that was changed by anyone after this
 *   transaction's snapshot, fails at once with DATABASE_TRANSACTION_CONFLICT and aborts the transaction;
 *   the SDK's runTransaction retries that code 3 times with no pause. Nothing queues.
 * - Plain (non-transactional) writes to a locked document wait for the lock (context.ts), as on CloudBase.
 * - Lifetime: a transaction still open `timeoutMs` after it started is aborted and its locks released.
 * - Only single-document operations inside (working-set.ts refuses where() filters).
 *
 * Writes are buffered in a WorkingSet and committed as ONE journal record, so a crash never half-applies.
 */
/** How long a transaction may stay open before CloudBase rolls it back (README, "Platform rules"). */
export const TRANSACTION_LIFETIME_MS = 30_000;

/** CloudBase's own wording for a write conflict (as Tencent's SDK tests assert it). */
const CONFLICT_MESSAGE = '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others.';
/** And for a transaction past its lifetime, or already ended. */
const NOT_EXIST_MESSAGE =
  '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds.';

export interface TxOptions {
  timeoutMs: number;
}

type TxState = 'active' | 'committing' | 'committed' | 'aborted';

interface Tx {
  id: string;
  snapshot: number;
  ws: WorkingSet;
  locks: Set<string>;
  state: TxState;
  reason?: string;
  timer: NodeJS.Timeout;
}

export class TxManager {
  private readonly txs = new Map<string, Tx>();

  constructor(
    private readonly store: DurableStore,
    private readonly locks: DocLocks,
    private readonly opts: TxOptions,
  ) {}

  start(): string {
    const id = newTransactionId();
    const snapshot = this.store.lastSeq;
    this.store.versions.openSnapshot(snapshot);
    const timer = setTimeout(() => this.abort(id, `transaction expired after ${this.opts.timeoutMs} ms without commit`), this.opts.timeoutMs);
    timer.unref();
    const tx: Tx = { id, snapshot, locks: new Set(), state: 'active', timer, ws: undefined as unknown as WorkingSet };
    tx.ws = new WorkingSet(this.store, {
      read: (coll: string, docId: DocId) => this.store.versions.readAt(docKey(coll, docId), snapshot, this.store.get(coll)?.get(docId)),
      claim: (key: string) => this.claim(tx, key),
    });
    this.txs.set(id, tx);
    return id;
  }

  /** Runs one operation inside the transaction; any failure (a conflict included) aborts it, as in MongoDB. */
  async run<T>(id: string, op: (ws: WorkingSet) => T): Promise<T> {
    const tx = this.active(id);
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
    clearTimeout(tx.timer);
    const owner = {};
    try {
      // The commit mutex only orders journal appends; it is held for one append, never across requests.
      await this.store.lock.acquire(owner, 60_000, () => new Error('store busy'));
      try {
        // First committer wins: a plain write that landed after this transaction's snapshot (it may have been
        // between its lock check and its journal append when we claimed the document) makes this a conflict.
        const changed = [...tx.locks].find((k) => this.store.versions.changedSince(k, tx.snapshot));
        if (changed !== undefined) throw new EmulatorError(ErrorCodes.transactionConflict, CONFLICT_MESSAGE);
        tx.ws.recheckUnique();
        await this.store.commit(tx.ws.changes());
      } finally {
        this.store.lock.release(owner);
      }
      tx.state = 'committed';
    } catch (e) {
      tx.state = 'aborted';
      tx.reason = `commit failed: ${(e as Error).message}`;
      if (e instanceof EmulatorError) throw e;
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

  /** Open transactions (tests and stats). */
  get openCount(): number {
    let n = 0;
    for (const tx of this.txs.values()) if (tx.state === 'active' || tx.state === 'committing') n++;
    return n;
  }

  private claim(tx: Tx, key: string): void {
    if (tx.locks.has(key)) return;
    const conflict = this.locks.heldByOther(key, tx.id)
      ? 'the document is locked by another transaction'
      : this.store.versions.changedSince(key, tx.snapshot)
        ? 'the document changed after this transaction started'
        : null;
    if (conflict || !this.locks.tryLock(key, tx.id)) {
      throw new EmulatorError(ErrorCodes.transactionConflict, `${CONFLICT_MESSAGE} (${conflict ?? 'locked'})`);
    }
    tx.locks.add(key);
  }

  private active(id: string): Tx {
    const tx = this.txs.get(id);
    if (!tx) throw new EmulatorError(ErrorCodes.transactionFail, NOT_EXIST_MESSAGE);
    if (tx.state !== 'active') {
      throw new EmulatorError(ErrorCodes.transactionFail, `${NOT_EXIST_MESSAGE} (here: ${tx.state}${tx.reason ? `, ${tx.reason}` : ''})`);
    }
    return tx;
  }

  private finish(tx: Tx): void {
    clearTimeout(tx.timer);
    this.locks.releaseAll(tx.id, tx.locks);
    this.store.versions.closeSnapshot(tx.snapshot);
    // Keep the ended transaction briefly so late calls get a clear message rather than "does not exist".
    const t = setTimeout(() => this.txs.delete(tx.id), 60_000);
    t.unref();
  }
}

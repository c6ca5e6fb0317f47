import { calculateObjectSize } from 'bson';
import type { Doc } from '../ejson';
import { ErrorCodes, EmulatorError } from '../errors';
import type { Change, DurableStore } from '../store/durable-store';
import type { Collection } from './collection';
import type { Filter } from './constraints';
import { compileFilter, findInCollection, FindOptions, stableSort } from './query';
import type { DocId } from './sorted-index';
import { docKey } from '../store/versions';
import { canonicalKey, indexTuples } from './values';

/**
 * What a transaction adds to a WorkingSet: reads from its snapshot, and a lock claim before each change
 * (which throws DATABASE_TRANSACTION_CONFLICT when another writer got there first).
 */
export interface TxView {
  read(coll: string, id: DocId): Doc | undefined;
  claim(key: string): void;
}

/** Lock key of one unique-index entry, so two transactions cannot insert the same key. */
export const uniqueKey = (coll: string, index: string, key: string): string => `u\u0000${coll}\u0000${index}\u0000${key}`;

/**
 * Pending changes layered over the committed store: one per plain write request, one per transaction.
 * Reads through it see committed data plus the pending changes (a transaction reads its own writes);
 * unique indexes are checked against that combined view, so a violation is refused before anything is
 * written. `changes()` is what gets committed as one journal record.
 */
export class WorkingSet {
  private readonly overlay = new Map<string, Map<DocId, Doc | null>>();
  /** Unique keys held by pending documents: `<collection>\0<index>` → canonical key → _id. */
  private readonly pendingKeys = new Map<string, Map<string, DocId>>();

  constructor(
    private readonly store: DurableStore,
    private readonly view?: TxView,
  ) {}

  collection(name: string): Collection {
    const coll = this.store.get(name);
    if (!coll) {
      throw new EmulatorError(ErrorCodes.collectionNotExist, `Db or Table not exist: ${name} (collection does not exist)`);
    }
    return coll;
  }

  exists(name: string): boolean {
    return this.store.has(name);
  }

  get(name: string, id: DocId): Doc | undefined {
    const pending = this.overlay.get(name);
    if (pending?.has(id)) return pending.get(id) ?? undefined;
    const coll = this.collection(name);
    return this.view ? this.view.read(name, id) : coll.get(id);
  }

  find(name: string, filter: Filter, opts: FindOptions = {}): Doc[] {
    const coll = this.collection(name);
    if (this.view) return this.findOne(name, filter);
    const pending = this.overlay.get(name);
    if (!pending || pending.size === 0) return findInCollection(coll, filter, opts);
    const test = compileFilter(filter);
    const base = findInCollection(coll, filter, { sort: opts.sort }).filter((d) => !pending.has(d._id as DocId));
    for (const d of pending.values()) if (d && test(d)) base.push(d);
    const sorted = opts.sort?.length ? stableSort(base, opts.sort) : base;
    const skip = opts.skip ?? 0;
    return sorted.slice(skip, opts.limit === undefined ? undefined : skip + opts.limit);
  }

  put(name: string, doc: Doc): void {
    checkSize(name, doc);
    this.checkUnique(name, doc);
    if (this.view) {
      this.view.claim(docKey(name, doc._id));
      this.eachUniqueKey(name, doc, (_keys, key, ix) => this.view!.claim(uniqueKey(name, ix, key)));
    }
    this.forgetKeys(name, doc._id as DocId);
    this.pending(name).set(doc._id as DocId, doc);
    this.eachUniqueKey(name, doc, (keys, key) => keys.set(key, doc._id as DocId));
  }

  remove(name: string, id: DocId): void {
    this.view?.claim(docKey(name, id));
    this.forgetKeys(name, id);
    this.pending(name).set(id, null);
  }

  changes(): Change[] {
    const out: Change[] = [];
    for (const [c, docs] of this.overlay) for (const [id, doc] of docs) out.push({ c, id, doc });
    return out;
  }

  /** Checks every pending document's unique keys again, against what is committed now (at commit time). */
  recheckUnique(): void {
    for (const [c, docs] of this.overlay) for (const doc of docs.values()) if (doc) this.checkUnique(c, doc);
  }

  /** Every lock key this set's changes touch: the documents, and the unique keys of what it writes. */
  lockKeys(): string[] {
    const out: string[] = [];
    for (const [c, docs] of this.overlay) {
      for (const [id, doc] of docs) {
        out.push(docKey(c, id));
        if (doc) this.eachUniqueKey(c, doc, (_keys, key, ix) => out.push(uniqueKey(c, ix, key)));
      }
    }
    return out;
  }

  /**
   * Inside a transaction only single-document operations exist ("事务中不支持批量操作(where 语句)，只支持单记录
   * 操作"): the filter must name one _id, and the document is read from the transaction's snapshot.
   */
  private findOne(name: string, filter: Filter): Doc[] {
    const id = singleId(filter);
    if (id === undefined) {
      throw new EmulatorError(
        ErrorCodes.transactionFail,
        `only single-document operations (doc(id) / add) are supported inside a transaction; ${name} was queried with a where() filter`,
      );
    }
    const doc = this.get(name, id);
    return doc && compileFilter(filter)(doc) ? [doc] : [];
  }

  private pending(name: string): Map<DocId, Doc | null> {
    this.collection(name);
    let m = this.overlay.get(name);
    if (!m) {
      m = new Map();
      this.overlay.set(name, m);
    }
    return m;
  }

  private eachUniqueKey(name: string, doc: Doc, fn: (keys: Map<string, DocId>, key: string, ix: string, tuple: unknown[]) => void): void {
    for (const ix of this.collection(name).uniqueIndexes()) {
      const slot = `${name}\0${ix.def.name}`;
      let keys = this.pendingKeys.get(slot);
      if (!keys) {
        keys = new Map();
        this.pendingKeys.set(slot, keys);
      }
      for (const tuple of indexTuples(doc, ix.def.fields)) fn(keys, canonicalKey(tuple), ix.def.name, tuple);
    }
  }

  private forgetKeys(name: string, id: DocId): void {
    const old = this.overlay.get(name)?.get(id);
    if (old) this.eachUniqueKey(name, old, (keys, key) => keys.get(key) === id && keys.delete(key));
  }

  /** A clash is another live document — committed and not overridden here, or pending — with an equal key. */
  private checkUnique(name: string, doc: Doc): void {
    const coll = this.collection(name);
    const pending = this.overlay.get(name);
    const byName = new Map(coll.uniqueIndexes().map((ix) => [ix.def.name, ix]));
    this.eachUniqueKey(name, doc, (keys, key, ixName, tuple) => {
      const ix = byName.get(ixName)!;
      const holder = keys.get(key);
      const clash =
        (holder !== undefined && holder !== doc._id) ||
        ix.holdersOf(tuple).some((id) => id !== doc._id && !pending?.has(id));
      if (!clash) return;
      const dup = ix.def.fields.map((f, i) => `${f}: ${JSON.stringify(tuple[i] ?? null)}`).join(', ');
      throw new EmulatorError(
        ErrorCodes.duplicateWrite,
        `E11000 duplicate key error collection: ${name} index: ${ixName} dup key: { ${dup} }`,
      );
    });
  }
}

/**
 * A record is a BSON document of at most 16 MB ("单条记录大小受底层 BSON 限制，不超过 16mb"; README, Platform
 * rules), refused with MongoDB's own words. Measured on every write, so a growing array (a seat ledger, a
 * timeline) meets the limit here as it would there.
 */
export const MAX_DOC_BYTES = 16 * 1024 * 1024;

function checkSize(name: string, doc: Doc): void {
  const bytes = calculateObjectSize(doc as Record<string, unknown>);
  if (bytes > MAX_DOC_BYTES) {
    throw new EmulatorError(
      ErrorCodes.requestFailed,
      `BSONObj size: ${bytes} (0x${bytes.toString(16).toUpperCase()}) is invalid. Size must be between 0 and 16793600(16MB) (collection ${name})`,
    );
  }
}

/** The _id a doc() operation names (`{_id: x}` or `{_id: {$eq: x}}`), or undefined for any other filter. */
function singleId(filter: Filter): DocId | undefined {
  const keys = Object.keys(filter ?? {});
  if (keys.length !== 1 || keys[0] !== '_id') return undefined;
  let v = (filter as Record<string, unknown>)._id;
  if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && '$eq' in v) v = (v as { $eq: unknown }).$eq;
  return typeof v === 'string' || typeof v === 'number' ? v : undefined;
}

import type { Doc } from '../ejson';
import { ErrorCodes, EmulatorError } from '../errors';
import type { Change, DurableStore } from '../store/durable-store';
import type { Collection } from './collection';
import type { Filter } from './constraints';
import { compileFilter, findInCollection, FindOptions, stableSort } from './query';
import type { DocId } from './sorted-index';
import { canonicalKey, indexTuples } from './values';

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

  constructor(private readonly store: DurableStore) {}

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
    return this.collection(name).get(id);
  }

  find(name: string, filter: Filter, opts: FindOptions = {}): Doc[] {
    const coll = this.collection(name);
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
    this.checkUnique(name, doc);
    this.forgetKeys(name, doc._id as DocId);
    this.pending(name).set(doc._id as DocId, doc);
    this.eachUniqueKey(name, doc, (keys, key) => keys.set(key, doc._id as DocId));
  }

  remove(name: string, id: DocId): void {
    this.forgetKeys(name, id);
    this.pending(name).set(id, null);
  }

  changes(): Change[] {
    const out: Change[] = [];
    for (const [c, docs] of this.overlay) for (const [id, doc] of docs) out.push({ c, id, doc });
    return out;
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

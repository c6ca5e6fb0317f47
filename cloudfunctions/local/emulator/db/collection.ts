import type { Doc } from '../ejson';
import { DocId, IndexDef, SortedIndex } from './sorted-index';

/**
 * The committed state of one collection: documents by _id (a Map keeps insertion order, which is the
 * "natural order" MongoDB returns without a sort) plus one SortedIndex per declared index.
 * Stored documents are never mutated in place; a write replaces the whole object, so readers holding a
 * reference (an in-flight query, a transaction's view) never see a half-applied change.
 */
export class Collection {
  readonly docs = new Map<DocId, Doc>();
  readonly indexes: SortedIndex[];
  private cachedAll: Doc[] | null = null;

  constructor(
    readonly name: string,
    defs: IndexDef[],
  ) {
    this.indexes = defs.map((d) => new SortedIndex(d));
  }

  get(id: DocId): Doc | undefined {
    return this.docs.get(id);
  }

  put(doc: Doc): void {
    const id = doc._id as DocId;
    const old = this.docs.get(id);
    if (old) for (const ix of this.indexes) ix.remove(old);
    this.docs.set(id, doc);
    for (const ix of this.indexes) ix.add(doc);
    this.cachedAll = null;
  }

  delete(id: DocId): void {
    const old = this.docs.get(id);
    if (!old) return;
    for (const ix of this.indexes) ix.remove(old);
    this.docs.delete(id);
    this.cachedAll = null;
  }

  /** All documents as an array, cached between writes (for $lookup's foreign side and snapshots). */
  all(): Doc[] {
    if (!this.cachedAll) this.cachedAll = [...this.docs.values()];
    return this.cachedAll;
  }

  uniqueIndexes(): SortedIndex[] {
    return this.indexes.filter((ix) => ix.def.unique);
  }
}

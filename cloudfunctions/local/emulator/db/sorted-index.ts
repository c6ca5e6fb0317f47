import { ChunkedList } from './chunked-list';
import { canonicalKey, compareValues, indexTuples, reachesArray } from './values';

/**
 * One declared index, kept as a sorted list of (key tuple, _id) entries like a B-tree's leaf level.
 * Why: list actions must not slow down as collections grow, which only holds if the
 * emulator, like the real database, walks an index and stops at `limit` instead of scanning everything.
 * Entries live in a ChunkedList (bounded shifting per insert); lookups are binary searches.
 * Unique indexes also keep a Map from the canonical key to holders, for the duplicate check.
 */
export type DocId = string | number;

export interface IndexDef {
  name: string;
  fields: string[];
  dirs: Array<1 | -1>;
  unique: boolean;
}

interface Entry {
  key: unknown[];
  id: DocId;
}

export interface Bound {
  value: unknown;
  inclusive: boolean;
}

export class SortedIndex {
  private readonly entries = new ChunkedList<Entry>((a, b) => this.compareEntries(a, b));
  private readonly holders = new Map<string, Set<DocId>>();
  /** Per key field, how many documents hold an array there (MongoDB's "multikey" flag, as a count). */
  private readonly arrayDocs: number[];

  constructor(readonly def: IndexDef) {
    this.arrayDocs = def.fields.map(() => 0);
  }

  /** True when some document holds an array under key field `i`: its entries are not one per document. */
  isMultikey(i: number): boolean {
    return this.arrayDocs[i] > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  add(doc: Record<string, unknown>): void {
    const id = doc._id as DocId;
    this.def.fields.forEach((f, i) => reachesArray(doc, f) && this.arrayDocs[i]++);
    for (const key of indexTuples(doc, this.def.fields)) {
      this.entries.insert({ key, id });
      if (this.def.unique) {
        const k = canonicalKey(key);
        const set = this.holders.get(k) ?? new Set<DocId>();
        set.add(id);
        this.holders.set(k, set);
      }
    }
  }

  remove(doc: Record<string, unknown>): void {
    const id = doc._id as DocId;
    this.def.fields.forEach((f, i) => reachesArray(doc, f) && this.arrayDocs[i]--);
    for (const key of indexTuples(doc, this.def.fields)) {
      this.entries.remove({ key, id });
      if (this.def.unique) {
        const k = canonicalKey(key);
        const set = this.holders.get(k);
        set?.delete(id);
        if (set && set.size === 0) this.holders.delete(k);
      }
    }
  }

  /** Ids of documents whose key equals this tuple (unique indexes only). */
  holdersOf(key: unknown[]): DocId[] {
    return [...(this.holders.get(canonicalKey(key)) ?? [])];
  }

  /**
   * Ids in index order among entries whose first components equal `prefix` and whose next component lies
   * within the bounds. Bounds are a superset filter: the caller re-checks every document with the full query.
   */
  *walk(prefix: unknown[], lo?: Bound, hi?: Bound, reverse = false): Generator<DocId> {
    const n = prefix.length;
    let start = this.entries.firstPos((e) => this.comparePrefix(e.key, prefix) >= 0);
    let end = this.entries.firstPos((e) => this.comparePrefix(e.key, prefix) > 0);
    if (n < this.def.fields.length && (lo || hi)) {
      const dir = this.def.dirs[n];
      const cmp = (e: Entry, b: Bound) => compareValues(e.key[n], b.value);
      // Within the prefix group a bound test is monotone; composed with the prefix order it is monotone
      // over the whole list, so one binary search finds it.
      const within = (test: (e: Entry) => boolean) => (e: Entry) => {
        const c = this.comparePrefix(e.key, prefix);
        return c > 0 || (c === 0 && test(e));
      };
      const atOrAfterLo = (b: Bound) => within((e) => (b.inclusive ? cmp(e, b) >= 0 : cmp(e, b) > 0));
      const pastHi = (b: Bound) => within((e) => (b.inclusive ? cmp(e, b) > 0 : cmp(e, b) >= 0));
      const atOrBelowHi = (b: Bound) => within((e) => (b.inclusive ? cmp(e, b) <= 0 : cmp(e, b) < 0));
      const belowLo = (b: Bound) => within((e) => (b.inclusive ? cmp(e, b) < 0 : cmp(e, b) <= 0));
      if (dir === 1) {
        if (lo) start = this.entries.firstPos(atOrAfterLo(lo));
        if (hi) end = this.entries.firstPos(pastHi(hi));
      } else {
        if (hi) start = this.entries.firstPos(atOrBelowHi(hi));
        if (lo) end = this.entries.firstPos(belowLo(lo));
      }
    }
    for (const e of this.entries.range(start, end, reverse)) yield e.id;
  }

  private comparePrefix(key: unknown[], prefix: unknown[]): number {
    for (let i = 0; i < prefix.length; i++) {
      const c = compareValues(key[i], prefix[i]) * this.def.dirs[i];
      if (c !== 0) return c;
    }
    return 0;
  }

  private compareEntries(a: Entry, b: Entry): number {
    return this.comparePrefix(a.key, b.key) || compareValues(a.id, b.id);
  }
}

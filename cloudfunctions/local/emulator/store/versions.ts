import type { Doc } from '../ejson';

/**
 * Older versions of documents, kept only while a transaction's snapshot may still need them.
 *
 * CloudBase transactions use snapshot isolation ("读操作返回的是对象的快照，而非实际数据"): a transaction
 * reads the data as it was when it started, and writing a document that someone else changed after that
 * is a write conflict. The store calls `record` for every committed change; while no snapshot is open
 * nothing is kept, so bulk loads and ordinary traffic pay nothing.
 */
interface Before {
  /** The commit that replaced this version. */
  seq: number;
  doc: Doc | null;
}

export class VersionLog {
  private readonly before = new Map<string, Before[]>();
  /** Open snapshot seq → how many transactions hold it. */
  private readonly open = new Map<number, number>();

  record(key: string, seq: number, previous: Doc | null): void {
    if (this.open.size === 0) return;
    let list = this.before.get(key);
    if (!list) {
      list = [];
      this.before.set(key, list);
    }
    list.push({ seq, doc: previous });
  }

  openSnapshot(seq: number): void {
    this.open.set(seq, (this.open.get(seq) ?? 0) + 1);
  }

  closeSnapshot(seq: number): void {
    const n = (this.open.get(seq) ?? 1) - 1;
    if (n > 0) this.open.set(seq, n);
    else this.open.delete(seq);
    this.prune();
  }

  /** True when a commit after `snapshot` changed the document (a write to it would be a write conflict). */
  changedSince(key: string, snapshot: number): boolean {
    const list = this.before.get(key);
    return !!list && list[list.length - 1].seq > snapshot;
  }

  /** The document as it was at `snapshot`, given its current committed version. */
  readAt(key: string, snapshot: number, current: Doc | undefined): Doc | undefined {
    const list = this.before.get(key);
    if (!list) return current;
    const first = list.find((b) => b.seq > snapshot);
    return first ? (first.doc ?? undefined) : current;
  }

  /** Drops versions no open snapshot can see. */
  private prune(): void {
    if (this.open.size === 0) {
      this.before.clear();
      return;
    }
    const oldest = Math.min(...this.open.keys());
    for (const [key, list] of this.before) {
      const keep = list.filter((b) => b.seq > oldest);
      if (keep.length) this.before.set(key, keep);
      else this.before.delete(key);
    }
  }
}

export const docKey = (coll: string, id: unknown): string => `${coll}\u0000${typeof id}:${String(id)}`;

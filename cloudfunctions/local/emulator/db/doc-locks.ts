/**
 * Transaction locks on documents (and on unique-index keys a transaction is inserting).
 *
 * CloudBase: "写操作会给对象添加事务锁 … 如果对象上存在事务锁，其它事务的写入会直接失败；普通的更新操作会被
 * 阻塞，直到事务锁释放或者超时". So `tryLock` never waits (the caller turns a refusal into
 * DATABASE_TRANSACTION_CONFLICT), while plain writes `waitFree` until the holder commits or aborts.
 */
export class DocLocks {
  private readonly holders = new Map<string, string>();
  private readonly waiters = new Map<string, Array<() => void>>();

  /** Takes the lock for `owner`, or answers false when another transaction holds it. */
  tryLock(key: string, owner: string): boolean {
    const holder = this.holders.get(key);
    if (holder !== undefined && holder !== owner) return false;
    this.holders.set(key, owner);
    return true;
  }

  heldByOther(key: string, owner?: string): boolean {
    const holder = this.holders.get(key);
    return holder !== undefined && holder !== owner;
  }

  releaseAll(owner: string, keys: Iterable<string>): void {
    for (const key of keys) {
      if (this.holders.get(key) !== owner) continue;
      this.holders.delete(key);
      const ws = this.waiters.get(key);
      this.waiters.delete(key);
      for (const wake of ws ?? []) wake();
    }
  }

  /** Resolves true once `key` is free (at once if it is), false when `ms` pass first. */
  waitFree(key: string, ms: number): Promise<boolean> {
    if (!this.holders.has(key)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        const list = this.waiters.get(key);
        const i = list?.indexOf(wake) ?? -1;
        if (list && i >= 0) list.splice(i, 1);
        resolve(false);
      }, Math.max(0, ms));
      const list = this.waiters.get(key) ?? [];
      list.push(wake);
      this.waiters.set(key, list);
    });
  }

  get size(): number {
    return this.holders.size;
  }
}

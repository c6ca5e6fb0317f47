/**
 * The single writer lock. Every write — a plain write for the duration of one request, a transaction from
 * its first operation until commit/abort — holds it; plain reads never take it. That makes every
 * transaction serializable for everything it read (nothing can change underneath it) and keeps unique
 * checks race-free. Waiters are served first come, first served; a waiter that waits too long gets the
 * error its caller supplies (a conflict for transactions, which the SDK's runTransaction retries).
 */
interface Waiter {
  owner: object;
  grant: () => void;
  cancel: (reason: Error) => void;
}

export class WriteLock {
  private holder: object | null = null;
  private readonly queue: Waiter[] = [];
  /** One pending acquisition per owner: concurrent requests of one transaction share it. */
  private readonly pending = new Map<object, Promise<void>>();

  isHeldBy(owner: object): boolean {
    return this.holder === owner;
  }

  get busy(): boolean {
    return this.holder !== null;
  }

  acquire(owner: object, waitMs: number, onTimeout: () => Error): Promise<void> {
    if (this.holder === owner) return Promise.resolve();
    if (this.holder === null && this.queue.length === 0) {
      this.holder = owner;
      return Promise.resolve();
    }
    const queued = this.pending.get(owner);
    if (queued) return queued;
    const p = new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        owner,
        grant: () => {
          clearTimeout(timer);
          this.pending.delete(owner);
          resolve();
        },
        cancel: (reason) => {
          clearTimeout(timer);
          this.pending.delete(owner);
          reject(reason);
        },
      };
      const timer = setTimeout(() => {
        const i = this.queue.indexOf(waiter);
        if (i !== -1) this.queue.splice(i, 1);
        waiter.cancel(onTimeout());
      }, waitMs);
      this.queue.push(waiter);
    });
    this.pending.set(owner, p);
    return p;
  }

  /** Releases the lock, or withdraws a queued request (its pending acquire fails with `reason`). */
  release(owner: object, reason: Error = new Error('lock request withdrawn')): void {
    if (this.holder !== owner) {
      const i = this.queue.findIndex((w) => w.owner === owner);
      if (i !== -1) this.queue.splice(i, 1)[0].cancel(reason);
      return;
    }
    const next = this.queue.shift();
    this.holder = next ? next.owner : null;
    next?.grant();
  }
}

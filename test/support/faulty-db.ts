import type { Database } from '../../cloudfunctions/platform/database';

/**
 * Fault injection for the audit suite: a Database whose transactions count their writes and throw on
 * the chosen one (or on any insert into the chosen collection), as a network drop or a crash between
 * two writes would. Everything else goes to the real database untouched.
 */
export interface FaultPlan {
  /** 1-based index of the transactional write that throws; null: count only. */
  failAt: number | null;
  /** Throw on the first insert into this collection instead. */
  failInsertInto?: string;
  /** Writes seen inside transactions so far. */
  writes: number;
  /** Faults thrown so far. */
  thrown: number;
  /** What the thrown error says (the leaks suite puts secrets in it); INJECTED by default. */
  message?: string;
}

export const INJECTED = 'injected fault';

const passThrough = <T extends object>(target: T, override: (prop: string | symbol) => unknown) =>
  new Proxy(target, {
    get(t, prop) {
      const own = override(prop);
      if (own !== undefined) return own;
      const value = Reflect.get(t, prop, t) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
  });

const WRITES = new Set(['add', 'update', 'set', 'remove', 'delete', 'create']);

export const faultyDb = (db: Database, plan: FaultPlan): Database => {
  const write = (collection: string, method: string, run: () => unknown) => {
    plan.writes += 1;
    const hit = plan.failAt === plan.writes || (method === 'add' && plan.failInsertInto === collection && plan.thrown === 0);
    if (hit) {
      plan.thrown += 1;
      return Promise.reject(new Error(plan.message ?? INJECTED));
    }
    return run();
  };
  const wrapRef = (ref: object, collection: string): object =>
    passThrough(ref, (prop) => {
      if (typeof prop !== 'string') return undefined;
      if (prop === 'doc') return (id: string) => wrapRef((ref as { doc(id: string): object }).doc(id), collection);
      if (!WRITES.has(prop)) return undefined;
      const fn = (ref as Record<string, (...a: unknown[]) => unknown>)[prop];
      if (typeof fn !== 'function') return undefined;
      return (...args: unknown[]) => write(collection, prop, () => fn.apply(ref, args));
    });
  const wrapTx = (tx: object) =>
    passThrough(tx, (prop) =>
      prop === 'collection' ? (name: string) => wrapRef((tx as { collection(n: string): object }).collection(name), name) : undefined);
  return passThrough(db, (prop) =>
    prop === 'runTransaction'
      ? (work: (tx: object) => Promise<unknown>) => (db.runTransaction as (w: (tx: object) => Promise<unknown>) => Promise<unknown>)((tx) => work(wrapTx(tx)))
      : undefined) as Database;
};

/** A database that fails on first use with `message`, as a broken connection would (fault before the use case). */
export const explodingDb = (message: string): Database =>
  new Proxy({} as Database, {
    get() {
      return () => {
        throw new Error(message);
      };
    },
  });

/**
 * A store whose conditional updates forget their conditions except `_id`: what a seat ledger would be if
 * it checked seats in code and then wrote blindly. The capacity suite runs its trials against it to show
 * that it can fail (it finds over-fills here).
 */
export const blindUpdatesDb = (db: Database): Database =>
  passThrough(db, (prop) =>
    prop === 'collection'
      ? (name: string) =>
          passThrough(db.collection(name), (p) =>
            p === 'where'
              ? (filter: Record<string, unknown>) =>
                  passThrough(db.collection(name).where(filter), (q) =>
                    q === 'updateAndReturn'
                      ? async (data: object) => {
                          // Read, "check" nothing, write: the check-then-act race the ledger's conditions close.
                          await new Promise((r) => setTimeout(r, 5));
                          return db.collection(name).where({ _id: filter._id }).updateAndReturn(data);
                        }
                      : undefined)
              : undefined)
      : undefined) as Database;

import { CloudBase, startCloudBase } from './harness';
import { TEST_COLLECTIONS } from './test-collections';

/**
 * What the two transaction files share: an emulator with short limits (a transaction left open is
 * aborted after 4 s, a plain write waits 1 s for a lock), so the limits can be seen within a test's time,
 * and the three collections the cases write.
 */
export const TX_TIMEOUT_MS = 4000;
export const LOCK_WAIT_MS = 1000;

export type Coll = ReturnType<CloudBase['db']['collection']>;
// The SDK's transaction type is loose; tests use the documented surface only.
export type Tx = { collection(name: string): Coll };

export interface TransactionCloud {
  c: CloudBase;
  counters: Coll;
  activities: Coll;
  signups: Coll;
}

export const startTransactionCloud = async (): Promise<TransactionCloud> => {
  const c = await startCloudBase({ transactionTimeoutMs: TX_TIMEOUT_MS, lockWaitMs: LOCK_WAIT_MS });
  return {
    c,
    counters: c.db.collection(c.coll(TEST_COLLECTIONS.counters)),
    activities: c.db.collection(c.coll(TEST_COLLECTIONS.activities)),
    signups: c.db.collection(c.coll(TEST_COLLECTIONS.signups)),
  };
};

/** A counter's value as committed (undefined when the document is not there). */
export const counterValue = async (counters: Coll, id: string) =>
  ((await counters.doc(id).get()).data[0] as { value?: number } | undefined)?.value;

/** The SDK answers some refusals as a resolved `{ code }`; this makes them rejections, as the app's `checked` does. */
export function checkedSdk<T>(p: Promise<T>): Promise<T>;
export function checkedSdk<T>(v: T): T;
export function checkedSdk<T>(v: T | Promise<T>): T | Promise<T> {
  const check = (r: T) => {
    const code = (r as { code?: string } | null)?.code;
    if (code) throw Object.assign(new Error(String((r as { message?: string }).message)), { code });
    return r;
  };
  return v instanceof Promise ? v.then(check) : check(v);
}

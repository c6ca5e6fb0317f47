import type tcb from '@cloudbase/node-sdk';

/** The CloudBase database handle the SDK gives us; features talk to it through the helpers here. */
export type Database = ReturnType<ReturnType<typeof tcb.init>['database']>;

/** CloudBase's duplicate-key error code (unique index violation). */
export const DUPLICATE_WRITE = 'DATABASE_DUPLICATE_WRITE';

export const isDuplicateWrite = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && String((error as { code?: unknown }).code).includes(DUPLICATE_WRITE);

/**
 * The SDK reports some failures as a resolved result carrying `code` instead of a rejection;
 * this turns those into thrown errors so a use case has one failure path.
 */
export const checked = <T>(result: T): T => {
  const code = (result as { code?: unknown } | null)?.code;
  if (code) throw Object.assign(new Error(String((result as { message?: unknown }).message ?? code)), { code });
  return result;
};

/** doc().get() answers `data` as an array outside transactions and as an object inside them. */
const oneDoc = <T>(data: unknown): T | null => {
  const doc = Array.isArray(data) ? data[0] : data;
  return (doc ?? null) as T | null;
};

/** Escapes user text for use inside a RegExp query (search boxes). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A transaction as the SDK gives it: single-document reads and writes on its collections. */
export interface Transaction {
  collection(name: string): ReturnType<Database['collection']>;
}

/** Where a read by id can run: the database itself or an open transaction. */
export type Reader = Database | Transaction;

/**
 * The document with this id, or null when there is none: the one way features read a document by id,
 * the same inside a transaction and outside it.
 */
export const readDoc = async <T>(db: Reader, collection: string, id: string): Promise<T | null> =>
  oneDoc<T>((await db.collection(collection).doc(id).get()).data);

/**
 * A stored date as the wire's ISO string. Documents hold Dates (or the strings a copy carried); views send
 * strings. A missing optional date stays missing.
 */
export function iso(d: Date | string): string;
export function iso(d: Date | string | undefined): string | undefined;
export function iso(d: Date | string | undefined): string | undefined {
  return d ? new Date(d).toISOString() : undefined;
}

/**
 * All-or-nothing work (the SDK types runTransaction as `any`). The SDK retries the callback on a
 * write conflict and rethrows our own AppError after rolling back.
 */
export const inTransaction = <T>(db: Database, work: (tx: Transaction) => Promise<T>): Promise<T> =>
  db.runTransaction(work) as Promise<T>;

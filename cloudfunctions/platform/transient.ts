/**
 * Database failures that mean "wait and try again", not "something is wrong": the platform refused the
 * call for contention and nothing of it was applied. CloudBase's codes: a write conflict the SDK's
 * runTransaction did not clear in its 3 retries (DATABASE_TRANSACTION_CONFLICT), a transaction the server
 * already ended after a conflict or past its lifetime (DATABASE_TRANSACTION_FAIL), a plain write that
 * waited too long for a transaction's lock (DATABASE_TIMEOUT). The pipeline answers them with BUSY.
 */
const TRANSIENT = ['DATABASE_TRANSACTION_CONFLICT', 'DATABASE_TRANSACTION_FAIL', 'DATABASE_TIMEOUT'];

export const isTransient = (error: unknown): boolean => {
  const code = typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code ?? '') : '';
  return TRANSIENT.some((c) => code.includes(c));
};

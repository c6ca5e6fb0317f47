import { AppError } from '../../platform/app-error';
import type { Database } from '../../platform/database';

/**
 * One file's limit. A county of 5,000 retirees makes about 1.5 visits per person a year (春节 for everyone,
 * then 重阳节, birthdays, events), so 50,000 rows hold a large county's year; beyond that the ledger is
 * refused and the page offers it branch by branch — never a file silently cut short.
 */
export const MAX_ROWS = 50_000;
const BATCH = 1000;

/** Every document matching `where`, in `order`, a batch at a time (the store answers at most 1000 per read). */
export const readAll = async <T>(db: Database, collection: string, where: Record<string, unknown>, order: string, max = MAX_ROWS): Promise<T[]> => {
  const out: T[] = [];
  for (let skip = 0; ; skip += BATCH) {
    const { data } = await db.collection(collection).where(where).orderBy(order, 'asc').skip(skip).limit(BATCH).get();
    out.push(...(data as T[]));
    if (out.length > max) throw new AppError('LEDGER_TOO_LARGE');
    if (data.length < BATCH) return out;
  }
};

/** The same query for one branch or, without one, the county. */
export const inBranch = (where: Record<string, unknown>, branchId: string | undefined): Record<string, unknown> => (branchId ? { branchId, ...where } : where);

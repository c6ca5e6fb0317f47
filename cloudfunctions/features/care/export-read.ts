import type { Database } from '../../platform/database';

/** A safety rail: a county makes a few thousand visits a year and has a few thousand retirees. */
const MAX_ROWS = 20_000;
const BATCH = 1000;

/** Every document matching `where`, in `order`, a batch at a time (the store answers at most 1000 per read). */
export const readAll = async <T>(db: Database, collection: string, where: Record<string, unknown>, order: string): Promise<T[]> => {
  const out: T[] = [];
  for (let skip = 0; skip < MAX_ROWS; skip += BATCH) {
    const { data } = await db.collection(collection).where(where).orderBy(order, 'asc').skip(skip).limit(BATCH).get();
    out.push(...(data as T[]));
    if (data.length < BATCH) break;
  }
  return out;
};

/** The same query for one branch or, without one, the county. */
export const inBranch = (where: Record<string, unknown>, branchId: string | undefined): Record<string, unknown> => (branchId ? { branchId, ...where } : where);

/**
 * Bulk work at a desk (交办 ten ideas, mark a roster) is the same one-row action sent once per row: the
 * server's contract, scope checks and audit stay exactly as they are. Rows go out a few at a time, so a long
 * list neither floods the function (its per-caller rate limit and write locks) nor waits for one row after
 * another.
 */
export const BULK_CONCURRENCY = 4;

/** Runs `work` for every item with at most `limit` in flight, and resolves when all have answered. */
export async function runBounded<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}

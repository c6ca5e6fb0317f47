/**
 * Runs `work` for every item with at most `limit` in flight, and resolves when all have answered. A bulk
 * action at the desk sends one request per row: bounded, so ten rows do not arrive at the function (and its
 * write locks and rate limit) at once, and one slow row does not hold the others back.
 */
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

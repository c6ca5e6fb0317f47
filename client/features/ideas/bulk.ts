/**
 * Bulk work at the desk (交办 ten ideas at once) is the same one-idea action sent once per idea: the server's
 * contract, scope checks and audit stay exactly as they are. This runs those sends a few at a time, so a long
 * list neither floods the function (its per-caller rate limit) nor waits for one idea after another.
 */
export const BULK_CONCURRENCY = 3;

/** Runs `work` over `items`, at most `limit` at once, and answers the results in the items' order. */
export async function runBounded<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return results;
}

/** One idea's outcome in a bulk move: done, or the server's refusal in its own words (and code). */
export type BulkResult = { ok: true; text: string } | { ok: false; text: string; code: string };

/** The ideas a second press sends again: those not done yet (never one already done). */
export const stillToDo = (ids: readonly string[], results: ReadonlyMap<string, BulkResult>): string[] =>
  ids.filter((id) => !results.get(id)?.ok);

/**
 * Every row of a grouped aggregate, 1000 a page. CloudBase answers an aggregate without a limit() stage
 * with 20 rows, and never more than 1000 (see the emulator README, "Platform rules"), so a grouping that
 * can have more rows than that must page: `page(skip)` builds the pipeline ending in sort → skip → limit(1000).
 */
export const AGGREGATE_PAGE = 1000;

export const allGroups = async <T>(page: (skip: number) => { end(): Promise<unknown> }, maxPages = 20): Promise<T[]> => {
  const out: T[] = [];
  for (let p = 0; p < maxPages; p++) {
    const rows = ((await page(out.length).end()) as { data?: T[] }).data ?? [];
    out.push(...rows);
    if (rows.length < AGGREGATE_PAGE) return out;
  }
  throw new Error(`aggregate has more than ${maxPages * AGGREGATE_PAGE} groups`);
};

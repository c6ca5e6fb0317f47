/**
 * Planner-level timing of the two list queries that `npm run bench` flagged for growing with the data:
 * `lessons.list` (audienceKey $in [branch, county] + status, by publishedAt desc) and `ideas.queue`
 * (state $in the open states, by createdAt asc). Builds emulator collections with the declared indexes
 * (platform/indexes.ts) straight in memory — no SDK, no journal — so the figure is the planner's alone.
 * Usage: npx tsx test/bench/in-sort-merge.ts [small=20000] [large=200000]
 */
import { OPEN_STATES } from '../../cloudfunctions/contract/ideas-model';
import { COLLECTIONS } from '../../cloudfunctions/contract/collections';
import { indexDefsOf } from '../../cloudfunctions/local/emulator';
import { Collection } from '../../cloudfunctions/local/emulator/db/collection';
import { examined, findInCollection, type FindOptions } from '../../cloudfunctions/local/emulator/db/query';
import type { Filter } from '../../cloudfunctions/local/emulator/db/constraints';
import type { Doc } from '../../cloudfunctions/local/emulator/ejson';
import { ideaDoc, lessonDoc, pastTime, rng } from '../../cloudfunctions/local/seed/bulk-docs';
import type { MemberDoc } from '../../cloudfunctions/platform/caller';
import { INDEXES } from '../../cloudfunctions/platform/indexes';

const NOW = new Date('2026-11-28T08:00:00Z');
const defs = indexDefsOf(INDEXES);
const author = { _id: 'bench-author', name: '张三' } as unknown as MemberDoc;
const BRANCHES = Array.from({ length: 40 }, (_, i) => ({ id: `bench-branch-${i}`, name: `第${i + 1}支部` }));

const build = (n: number) => {
  const r = rng(20261128);
  const lessons = new Collection(COLLECTIONS.lessons, defs.get(COLLECTIONS.lessons) ?? []);
  const ideas = new Collection(COLLECTIONS.ideas, defs.get(COLLECTIONS.ideas) ?? []);
  for (let i = 0; i < n; i += 1) {
    const b = r.next() < 0.4 ? null : BRANCHES[r.int(BRANCHES.length)];
    lessons.put(lessonDoc(r, i, author, b, NOW) as unknown as Doc);
    const at = pastTime(r, NOW, 24);
    ideas.put(ideaDoc(r, i, author, at, at.getUTCFullYear(), i + 1, NOW) as unknown as Doc);
  }
  return { lessons, ideas };
};

const time = (coll: Collection, filter: Filter, opts: FindOptions, runs = Number(process.env.RUNS ?? 200)) => {
  for (let i = 0; i < 5; i += 1) findInCollection(coll, filter, opts);
  examined.docs = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < runs; i += 1) findInCollection(coll, filter, opts);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 / runs;
  return { ms, docs: examined.docs / runs };
};

const cases = (c: ReturnType<typeof build>) => ({
  'lessons.list p1': time(c.lessons, { audienceKey: { $in: [BRANCHES[3].id, 'county'] }, status: 'published' }, { sort: [['publishedAt', -1]], skip: 0, limit: 21 }),
  'lessons.list p5': time(c.lessons, { audienceKey: { $in: [BRANCHES[3].id, 'county'] }, status: 'published' }, { sort: [['publishedAt', -1]], skip: 80, limit: 21 }),
  'ideas.queue p1': time(c.ideas, { state: { $in: [...OPEN_STATES] } }, { sort: [['createdAt', 1]], skip: 0, limit: 21 }),
  'ideas.queue p5': time(c.ideas, { state: { $in: [...OPEN_STATES] } }, { sort: [['createdAt', 1]], skip: 80, limit: 21 }),
});

const small = Number(process.argv[2] ?? 20_000);
const large = Number(process.argv[3] ?? 200_000);
const a = cases(build(small));
const b = cases(build(large));
console.log(`per query, mean of ${process.env.RUNS ?? 200} runs; docs = documents fetched and re-checked per query `);
for (const k of Object.keys(a) as Array<keyof typeof a>) {
  const x = a[k];
  const y = b[k];
  console.log(`${k.padEnd(16)} ${small}: ${x.ms.toFixed(3)} ms (${x.docs} docs)   ${large}: ${y.ms.toFixed(3)} ms (${y.docs} docs)   growth ${(y.ms / x.ms).toFixed(2)}×`);
}

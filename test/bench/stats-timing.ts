import tcb from '@cloudbase/node-sdk';
import { scaled, seedBulk } from '../../cloudfunctions/local/seed/bulk';
import type { Database } from '../../cloudfunctions/platform/database';
import { recount } from '../../cloudfunctions/features/lessons/stats-tallies';
import { startTestCloud } from '../support/test-cloud';

/**
 * Quick figure for lessons.stats without the 16-minute bench: seeds the demo county plus `factor` × the
 * county-sized set (default 1: 100k study records), then times lessons.stats as staff (county) and as a
 * secretary (branch), answered from the tallies, against the raw recount the action used to run (the
 * same two aggregates). Usage: npx tsx test/bench/stats-timing.ts [factor] [calls]
 */
const factor = Number(process.argv[2] ?? 1);
const calls = Number(process.argv[3] ?? 10);

const p = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const timed = async (n: number, f: () => Promise<unknown>) => {
  const ms: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const t = performance.now();
    await f();
    ms.push(performance.now() - t);
  }
  return `p50 ${p(ms, 0.5).toFixed(0)} ms, p95 ${p(ms, 0.95).toFixed(0)} ms`;
};

const main = async () => {
  const cloud = await startTestCloud();
  try {
    await cloud.seed();
    const bulkDb = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV, timeout: 30 * 60_000 }).database() as unknown as Database;
    const report = await seedBulk(bulkDb, cloud.clock.now(), scaled(factor));
    console.log(`seeded ×${factor} in ${(report.ms / 1000).toFixed(1)} s: ${Object.entries(report.written).map(([c, n]) => `${c} ${n}`).join(', ')}`);
    const range = { from: '2026-01', to: '2026-11' };
    const county = await cloud.call('demo-staff-1', 'lessons.stats', range);
    const branch = await cloud.call('demo-secretary-bureau', 'lessons.stats', range);
    if (!county.ok || !branch.ok) throw new Error(`stats failed: ${JSON.stringify(county.ok ? branch : county)}`);
    const _ = bulkDb.command;
    const month = _.gte(range.from).and(_.lte(range.to));
    const raw = await recount(bulkDb, { month });
    const same = raw.total === county.data.total && raw.people === county.data.people;
    // The old aggregate grouped by kind × category × branch × month and kept only the first 5000 buckets.
    const counted = (await bulkDb.collection('study_records').where({ month }).count()).total as number;
    console.log(`records in range by count(): ${counted}`);
    console.log(`county: ${county.data.total} 人次, ${county.data.people} 人; raw recount ${raw.total} 人次, ${raw.people} 人 — ${same ? 'equal' : 'DIFFERENT'}`);
    console.log(`lessons.stats (staff, county, 11 months), tallies: ${await timed(calls, () => cloud.call('demo-staff-1', 'lessons.stats', range))}`);
    console.log(`lessons.stats (secretary, branch), tallies:       ${await timed(calls, () => cloud.call('demo-secretary-bureau', 'lessons.stats', range))}`);
    // Before: the two aggregates lessons.stats ran on every call until the tallies (commit fd5ab62^).
    const $ = _.aggregate;
    const records = () => bulkDb.collection('study_records').aggregate().match({ month });
    const before = () => Promise.all([
      records().group({ _id: { kind: '$kind', category: $.ifNull(['$category', null]), branchId: '$branchId', month: '$month' }, count: $.sum(1) }).limit(5000).end(),
      records().group({ _id: '$memberId' }).group({ _id: null, people: $.sum(1) }).end(),
    ]);
    console.log(`before: the old two aggregates (county):       ${await timed(Math.min(calls, 5), before)}`);
    console.log(`fallback: raw recount (five aggregates):        ${await timed(Math.min(calls, 5), () => recount(bulkDb, { month }))}`);
    console.log(`  for comparison, count() of the records in range: ${await timed(calls, () => bulkDb.collection('study_records').where({ month }).count())}`);
    const months = Array.from({ length: 11 }, (_x, i) => `2026-${String(i + 1).padStart(2, '0')}`);
    console.log(`  of which the learners count (人数): ${await timed(calls, () => bulkDb.collection('study_learners').where({ months: _.in(months) }).count())}`);
    console.log(`  of which the tallies read: ${await timed(calls, () => bulkDb.collection('study_tallies').where({ month }).limit(1000).get())}`);
    if (!same) process.exitCode = 1;
  } finally {
    await cloud.close();
  }
};

void main();

/**
 * End-to-end timing of `lessons.list` and `ideas.queue` (pipeline, real SDK, emulator in strict mode) on
 * N lessons and N ideas seeded with the bench's bulk seeder — the two lists the emulator's SORT_MERGE
 * (db/in-merge.ts) is for. Only those two collections are scaled, so seeding stays quick.
 * Usage: node --max-old-space-size=6000 --import tsx test/bench/in-merge-actions.ts <N> [calls=30]
 */
import tcb from '@cloudbase/node-sdk';
import { seedBulk } from '../../cloudfunctions/local/seed/bulk';
import type { Database } from '../../cloudfunctions/platform/database';
import { startTestCloud } from '../support/test-cloud';

const N = Number(process.argv[2] ?? 20_000);
const CALLS = Number(process.argv[3] ?? 30);

const CASES: Array<[string, string, string, object]> = [
  ['lessons.list p1', 'demo-member-1', 'lessons.list', { page: 1 }],
  ['lessons.list p5', 'demo-member-1', 'lessons.list', { page: 5 }],
  ['ideas.queue p1', 'demo-staff-1', 'ideas.queue', {}],
  ['ideas.queue p5', 'demo-staff-1', 'ideas.queue', { page: 5 }],
];

const main = async () => {
  const cloud = await startTestCloud();
  try {
    await cloud.seed();
    const bulkDb = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV, timeout: 30 * 60_000 }).database() as unknown as Database;
    const report = await seedBulk(bulkDb, cloud.clock.now(), { members: 2000, lessons: N, studyRecords: 0, ideas: N, activities: 0, signups: 0, careLedgers: 0, careEventVisits: 0, careProblems: 0, careHardships: 0, carePayments: 0, careDue: 0 });
    console.log(`seeded ${N} lessons and ${N} ideas in ${(report.ms / 1000).toFixed(0)} s`);
    for (const [label, caller, action, input] of CASES) {
      const times: number[] = [];
      for (let i = 0; i < CALLS; i++) {
        cloud.clock.advance(61_000); // clear of the per-minute rate limits
        const t0 = process.hrtime.bigint();
        const res = await cloud.call(caller, action as never, input as never);
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (!res.ok) throw new Error(`${label}: ${res.error.code}`);
      }
      times.sort((a, b) => a - b);
      console.log(`${label.padEnd(16)} N=${N}  p50 ${times[Math.floor(CALLS / 2)].toFixed(1)} ms  p95 ${times[Math.floor(CALLS * 0.95)].toFixed(1)} ms`);
    }
  } finally {
    await cloud.close();
  }
  process.exit(0);
};

void main();

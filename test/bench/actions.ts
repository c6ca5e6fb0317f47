import { randomUUID } from 'node:crypto';
import { COLLECTIONS } from '../../cloudfunctions/contract/collections';
import type { ActionName } from '../../cloudfunctions/contract/registry';
import { checked } from '../../cloudfunctions/platform/database';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { validProfile } from '../support/profiles';

export interface ActionFigure {
  action: string;
  roundTrips: number;
  reads: number;
  writes: number;
  p50Ms: number;
  p95Ms: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Adds `count` plain members to the seeded county, in the real stored shape, through the SDK. */
const growMembers = async (cloud: TestCloud, branchId: string, branchName: string, count: number) => {
  const batch: Array<Promise<unknown>> = [];
  for (let i = 0; i < count; i += 1) {
    const doc = {
      ...validProfile(branchId, { name: `成员${String(i).padStart(6, '0')}` }),
      openid: `bench-${i}`, branchName, roles: ['member'], createdAt: cloud.clock.now(), updatedAt: cloud.clock.now(),
    };
    batch.push(cloud.db.collection(COLLECTIONS.members).add(doc).then(checked));
    if (batch.length === 50) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
};

type Scenario = (cloud: TestCloud, i: number, ctx: { branchId: string; memberId: string }) => [string, ActionName, unknown];

/** SDK actions by kind, to compare with the budget (reads ≤ 2, writes ≤ 4); the rest is transaction control. */
const READS = new Set(['database.getDocument', 'database.calculateDocument', 'database.aggregateDocuments', 'database.getInTransaction']);
const WRITES = new Set(['database.insertDocument', 'database.modifyDocument', 'database.removeDocument', 'database.updateDocInTransaction', 'database.deleteDocInTransaction']);

const SCENARIOS: Array<[string, Scenario]> = [
  ['members.me', () => ['demo-member-1', 'members.me', {}]],
  ['members.register', (_c, i, { branchId }) => [`bench-new-${i}-${randomUUID().slice(0, 6)}`, 'members.register', validProfile(branchId)]],
  ['members.updateProfile', (_c, i) => ['demo-member-2', 'members.updateProfile', { phone: `1390745${String(i % 10000).padStart(4, '0')}` }]],
  ['members.list', () => ['demo-admin', 'members.list', { page: 1, pageSize: 20 }]],
  ['members.list (keyword)', () => ['demo-admin', 'members.list', { keyword: '桂兰' }]],
  ['members.list (page 5)', () => ['demo-admin', 'members.list', { page: 5, pageSize: 20 }]],
  ['members.grant/revokeRole', (_c, i, { memberId }) => ['demo-admin', i % 2 === 0 ? 'members.grantRole' : 'members.revokeRole', { memberId, role: 'staff' }]],
  ['branches.list', () => ['demo-member-1', 'branches.list', {}]],
  ['branches.create', (_c, i) => ['demo-admin', 'branches.create', { name: `基准支部${randomUUID().slice(0, 8)}${i}` }]],
  ['branches.rename', (_c, i, { branchId }) => ['demo-admin', 'branches.rename', { branchId, name: `基准改名${i}` }]],
];

/** Runs each scenario `iterations` times in-process (pipeline + SDK + emulator) over `extraMembers`. */
export const measureActions = async (extraMembers: number, iterations: number): Promise<ActionFigure[]> => {
  const cloud = await startTestCloud();
  try {
    await cloud.seed();
    const branch = (await cloud.db.collection(COLLECTIONS.branches).orderBy('order', 'asc').limit(1).get()).data[0];
    const memberId = (await cloud.db.collection(COLLECTIONS.members).where({ openid: 'demo-member-3' }).get()).data[0]._id;
    await growMembers(cloud, branch._id, branch.name, extraMembers);
    const figures: ActionFigure[] = [];
    for (const [label, scenario] of SCENARIOS) {
      const times: number[] = [];
      const counted = { requests: 0, reads: 0, writes: 0 };
      for (let i = 0; i < iterations; i += 1) {
        cloud.clock.advance(61_000); // stay clear of the per-minute rate limits
        const [openid, name, input] = scenario(cloud, i, { branchId: branch._id, memberId });
        cloud.emulator.resetStats();
        const start = process.hrtime.bigint();
        const res = await cloud.call(openid, name, input);
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
        const { requests, byAction } = cloud.emulator.stats();
        counted.requests += requests;
        for (const [sdkAction, n] of Object.entries(byAction)) {
          if (READS.has(sdkAction)) counted.reads += n;
          if (WRITES.has(sdkAction)) counted.writes += n;
        }
        if (!res.ok) throw new Error(`bench scenario ${label} failed: ${res.error.code}`);
      }
      times.sort((a, b) => a - b);
      figures.push({
        action: label,
        roundTrips: counted.requests / iterations,
        reads: counted.reads / iterations,
        writes: counted.writes / iterations,
        p50Ms: percentile(times, 50),
        p95Ms: percentile(times, 95),
      });
    }
    return figures;
  } finally {
    await cloud.close();
  }
};

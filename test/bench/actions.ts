import { COLLECTIONS } from '../../cloudfunctions/contract/collections';
import { checked } from '../../cloudfunctions/platform/database';
import { lessonInput } from '../component/lessons/helpers';
import { anIdea } from '../component/ideas/helpers';
import { postActivity } from '../component/volunteers/helpers';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { validProfile } from '../support/profiles';
import { ideaScenarios } from './scenarios/ideas';
import { lessonScenarios } from './scenarios/lessons';
import { memberScenarios } from './scenarios/members';
import { must, type Fixtures, type Scenario } from './scenarios/types';
import { volunteerScenarios } from './scenarios/volunteers';

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

export const SCENARIOS: Scenario[] = [...memberScenarios, ...lessonScenarios, ...ideaScenarios, ...volunteerScenarios];

/** SDK actions by kind, to compare with the budget (reads ≤ 2, writes ≤ 4); the rest is transaction control. */
const READS = new Set(['database.getDocument', 'database.calculateDocument', 'database.aggregateDocuments', 'database.getInTransaction']);
const WRITES = new Set(['database.insertDocument', 'database.modifyDocument', 'database.removeDocument', 'database.updateDocInTransaction', 'database.deleteDocInTransaction']);

/** The ids scenarios share, made once through the real actions. */
const makeFixtures = async (cloud: TestCloud): Promise<Fixtures> => {
  const branch = (await cloud.db.collection(COLLECTIONS.branches).orderBy('order', 'asc').limit(1).get()).data[0];
  const memberId = (await cloud.db.collection(COLLECTIONS.members).where({ openid: 'demo-member-3' }).get()).data[0]._id;
  const saved = must<{ id: string }>(await cloud.call('demo-secretary-bureau', 'lessons.save', { lesson: lessonInput() }), 'lesson');
  must(await cloud.call('demo-secretary-bureau', 'lessons.publish', { lessonId: saved.id }), 'publish');
  const idea = must<{ id: string }>(await cloud.call('demo-member-1', 'ideas.submit', anIdea()), 'idea');
  const teamId = (await cloud.db.collection(COLLECTIONS.volunteerTeams).orderBy('name', 'asc').limit(1).get()).data[0]._id;
  const activity = must<{ id: string }>(await postActivity(cloud, 'demo-staff-1', teamId, { capacity: 500 }), 'activity');
  return { branchId: branch._id, branchName: branch.name, memberId, lessonId: saved.id, ideaId: idea.id, teamId, activityId: activity.id };
};

/** Runs each scenario `iterations` times in-process (pipeline + SDK + emulator) over `extraMembers`. */
export const measureActions = async (extraMembers: number, iterations: number): Promise<ActionFigure[]> => {
  const cloud = await startTestCloud();
  try {
    await cloud.seed();
    const fixtures = await makeFixtures(cloud);
    await growMembers(cloud, fixtures.branchId, fixtures.branchName, extraMembers);
    const figures: ActionFigure[] = [];
    for (const scenario of SCENARIOS) {
      const times: number[] = [];
      const counted = { requests: 0, reads: 0, writes: 0 };
      for (let i = 0; i < iterations; i += 1) {
        cloud.clock.advance(61_000); // stay clear of the per-minute rate limits
        const state = scenario.setup ? { ...fixtures, ...(await scenario.setup(cloud, i, fixtures)) } : fixtures;
        const [openid, action, input] = scenario.call(i, state);
        cloud.emulator.resetStats();
        const start = process.hrtime.bigint();
        const res = await cloud.call(openid, action, input);
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
        const { requests, byAction } = cloud.emulator.stats();
        counted.requests += requests;
        for (const [sdkAction, n] of Object.entries(byAction)) {
          if (READS.has(sdkAction)) counted.reads += n;
          if (WRITES.has(sdkAction)) counted.writes += n;
        }
        if (!res.ok) throw new Error(`bench scenario ${scenario.label} failed: ${res.error.code} ${JSON.stringify(res.error.fields ?? {})}`);
      }
      times.sort((a, b) => a - b);
      figures.push({
        action: scenario.label,
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

import { existsSync } from 'node:fs';
import path from 'node:path';
import tcb from '@cloudbase/node-sdk';
import { COLLECTIONS } from '../../cloudfunctions/contract/collections';
import { actionNames, isActionName, type ActionName } from '../../cloudfunctions/contract/registry';
import { scaled, seedBulk, type BulkReport } from '../../cloudfunctions/local/seed/bulk';
import type { Database } from '../../cloudfunctions/platform/database';
import { lessonInput } from '../component/lessons/helpers';
import { anIdea } from '../component/ideas/helpers';
import { postActivity } from '../component/volunteers/helpers';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { SCENARIOS } from './scenarios/all';
import { must, type Fixtures } from './scenarios/types';

export interface ActionFigure {
  action: string;
  roundTrips: number;
  /** Calls measured, when fewer than asked (a prepare failed). */
  calls?: number;
  reads: number;
  writes: number;
  p50Ms: number;
  p95Ms: number;
  /** The same call with every SDK request delayed by PLATFORM_LATENCY_MS (county-sized set only). */
  platform?: { p50Ms: number; p95Ms: number; calls: number; depth: number };
  /** Set when the call did not succeed on this data set (the figures then describe the refusal). */
  error?: string;
}

export interface SizeRun {
  factor: number;
  seed: BulkReport & { rssMB: number; heapMB: number };
  source: 'action-examples' | 'scenarios';
  figures: ActionFigure[];
}

/** One benchmarked call: `prepare` is untimed and uncounted, the call itself is both. */
interface BenchCase {
  label: string;
  prepare(cloud: TestCloud, i: number): Promise<{ caller: string; action: ActionName; input: unknown }>;
}

interface Example {
  prepare(cloud: TestCloud, i: number): Promise<{ caller: string; input: unknown }>;
}

/** Each case gets at least MIN_CALLS calls, and no more once it has run for CASE_MS (prepare included). */
const MIN_CALLS = 5;
const CASE_MS = Number(process.env.BENCH_CASE_SECONDS ?? 20) * 1000;

/** The simulated platform round trip: CloudBase's database is a network hop away from the function. */
export const PLATFORM_LATENCY_MS = Number(process.env.BENCH_PLATFORM_LATENCY_MS ?? 20);
const PLATFORM_CALLS = Number(process.env.BENCH_PLATFORM_CALLS ?? 8);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

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

/**
 * Every action of the registry through test/support/action-examples.ts once that file exists (one valid
 * call per action, so a new action is benchmarked automatically), plus the labelled scenario variants
 * (keyword search, a later page …); until then the hand-written scenarios.
 */
const loadCases = async (fixtures: Fixtures): Promise<{ source: SizeRun['source']; cases: BenchCase[] }> => {
  const fromScenarios = (keep: (label: string) => boolean): BenchCase[] =>
    SCENARIOS.filter((s) => keep(s.label)).map((s) => ({
      label: s.label,
      prepare: async (cloud, i) => {
        const state = s.setup ? { ...fixtures, ...(await s.setup(cloud, i, fixtures)) } : fixtures;
        const [caller, action, input] = s.call(i, state);
        return { caller, action, input };
      },
    }));
  const file = path.join(__dirname, '..', 'support', 'action-examples.ts');
  if (process.env.BENCH_SOURCE !== 'scenarios' && existsSync(file)) {
    const modulePath = file; // a variable: the file may not exist yet when this one is type-checked
    const { EXAMPLES } = (await import(modulePath)) as { EXAMPLES: Record<string, Example> };
    const cases: BenchCase[] = actionNames
      .filter((a) => EXAMPLES[a])
      .map((action) => ({ label: action, prepare: async (cloud, i) => ({ ...(await EXAMPLES[action].prepare(cloud, i)), action }) }));
    return { source: 'action-examples', cases: [...cases, ...fromScenarios((label) => !isActionName(label))] };
  }
  return { source: 'scenarios', cases: fromScenarios(() => true) };
};

/**
 * Seeds the demo county plus `factor` × the county-sized set, then times every case `iterations` times;
 * with `platform`, each case again PLATFORM_CALLS times with every SDK request PLATFORM_LATENCY_MS slower.
 */
export const measureActions = async (factor: number, iterations: number, log: (line: string) => void = () => undefined, platform = false): Promise<SizeRun> => {
  const cloud = await startTestCloud();
  try {
    await cloud.seed();
    const fixtures = await makeFixtures(cloud);
    // Its own SDK client with a long timeout: a batch that lands on a journal compaction of the large set
    // (hundreds of MB written and fsynced) takes longer than the SDK's 15 s default on a busy machine.
    const bulkDb = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV, timeout: 30 * 60_000 }).database() as unknown as Database;
    const report = await seedBulk(bulkDb, cloud.clock.now(), scaled(factor));
    const mem = process.memoryUsage();
    const seed = { ...report, rssMB: Math.round(mem.rss / 1e6), heapMB: Math.round(mem.heapUsed / 1e6) };
    log(`seeded ×${factor}: ${Object.entries(report.written).map(([c, n]) => `${c} ${n}`).join(', ')} in ${(report.ms / 1000).toFixed(1)} s, ${report.requests} requests; rss ${seed.rssMB} MB, heap ${seed.heapMB} MB`);
    const { source, cases: all } = await loadCases(fixtures);
    // BENCH_ONLY=a,b: just these cases (a quick look at a few actions; a full run measures them all).
    const only = process.env.BENCH_ONLY?.split(',').filter(Boolean);
    const cases = only ? all.filter((c) => only.includes(c.label)) : all;
    const figures: ActionFigure[] = [];
    for (const c of cases) {
      const times: number[] = [];
      const counted = { requests: 0, reads: 0, writes: 0 };
      let error: string | undefined;
      const caseStarted = Date.now();
      for (let i = 0; i < iterations; i += 1) {
        // A slow case (an export, a county-wide aggregate on the large set) stops after MIN_CALLS once it
        // has used its time, so one case cannot hold the whole run; `calls` then says how many were timed.
        if (i >= MIN_CALLS && Date.now() - caseStarted > CASE_MS) break;
        cloud.clock.advance(61_000); // stay clear of the per-minute rate limits
        let call;
        try {
          call = await c.prepare(cloud, i);
        } catch (e) {
          error = `prepare failed: ${(e as Error).message.slice(0, 80)}`;
          break;
        }
        const { caller, action, input } = call;
        cloud.emulator.resetStats();
        const start = process.hrtime.bigint();
        const res = await cloud.call(caller, action, input);
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
        const { requests, byAction } = cloud.emulator.stats();
        counted.requests += requests;
        for (const [sdkAction, n] of Object.entries(byAction)) {
          if (READS.has(sdkAction)) counted.reads += n;
          if (WRITES.has(sdkAction)) counted.writes += n;
        }
        if (!res.ok) error ??= res.error.code;
      }
      times.sort((a, b) => a - b);
      const measured = times.length;
      log(`×${factor} ${c.label}: ${measured} calls, p50 ${percentile(times, 50)?.toFixed(2)} ms${error ? `, ${error}` : ''} (${((Date.now() - caseStarted) / 1000).toFixed(1)} s)`);
      if (measured === 0) times.push(Number.NaN);
      let onPlatform: ActionFigure['platform'];
      if (platform) {
        const slow: number[] = [];
        const depths: number[] = [];
        cloud.emulator.setLatency(PLATFORM_LATENCY_MS);
        try {
          for (let i = 0; i < PLATFORM_CALLS && !error; i += 1) {
            cloud.clock.advance(61_000);
            const { caller, action, input } = await c.prepare(cloud, iterations + i);
            cloud.emulator.resetStats();
            const start = process.hrtime.bigint();
            await cloud.call(caller, action, input);
            slow.push(Number(process.hrtime.bigint() - start) / 1e6);
            depths.push(cloud.emulator.stats().depth);
          }
        } catch {
          // a prepare that fails only on a repeat: the figures below cover the calls made
        } finally {
          cloud.emulator.setLatency(0);
        }
        slow.sort((a, b) => a - b);
        // The deepest call: a path that takes an extra hop only sometimes (a retry, a page break) still counts.
        if (slow.length) onPlatform = { p50Ms: percentile(slow, 50), p95Ms: percentile(slow, 95), calls: slow.length, depth: Math.max(...depths) };
      }
      figures.push({
        action: c.label,
        ...(onPlatform ? { platform: onPlatform } : {}),
        roundTrips: counted.requests / Math.max(1, measured),
        reads: counted.reads / Math.max(1, measured),
        writes: counted.writes / Math.max(1, measured),
        p50Ms: percentile(times, 50),
        p95Ms: percentile(times, 95),
        ...(measured < iterations ? { calls: measured } : {}),
        ...(error ? { error } : {}),
      });
    }
    return { factor, seed, source, figures };
  } finally {
    await cloud.close();
  }
};

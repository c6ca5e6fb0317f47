import { registerCrowd, timedAnswers } from '../support/crowd';
import { scheduled } from '../component/lessons/sessions-helpers';
import { postActivity, teamIdByName } from '../component/volunteers/helpers';
import { RETRY_BUDGET_MS } from '../../cloudfunctions/contract/retry';
import { dataOf, startTestCloud, TEST_RETRY_BUDGET_MS } from '../support/test-cloud';

/**
 * Sign-up bursts for `npm run bench`: BENCH_BURST members tap 报名 at the same moment on one activity (50
 * seats, a waiting list of 200) and on one 小讲堂 (40 seats), with no network delay and with every SDK
 * request PLATFORM_LATENCY_MS slower. Per run: the final answers by kind (after the call layer's BUSY
 * retries) and the time to a definite answer, and how many came past the client's retry budget.
 */
export interface BurstRow {
  target: 'activity' | 'session';
  latencyMs: number;
  answers: Record<string, number>;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Answers that came after the client's retry budget: there the phone would have shown 人多 and stopped. */
  pastBudget: number;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export const measureBursts = async (size: number, latencies: number[]): Promise<BurstRow[]> => {
  const cloud = await startTestCloud();
  try {
    await cloud.seed();
    const teamId = await teamIdByName(cloud, '银铃耀酉水·城关科技下乡服务队');
    const { openids } = await registerCrowd(cloud, 'bench-burst', size);
    const rows: BurstRow[] = [];
    for (const latencyMs of latencies) {
      for (const target of ['activity', 'session'] as const) {
        const id = target === 'activity'
          ? dataOf(await postActivity(cloud, 'demo-staff-1', teamId, { capacity: 50, title: `高峰${latencyMs}` })).id
          : (await scheduled(cloud, 'demo-secretary-bureau', { capacity: 40, topic: `高峰${latencyMs}` })).id;
        cloud.emulator.setLatency(latencyMs);
        const tap = (p: string): Promise<unknown> =>
          target === 'activity' ? cloud.call(p, 'volunteers.signUp', { activityId: id }) : cloud.call(p, 'sessions.signUp', { sessionId: id });
        const answers = await timedAnswers(openids.map((p) => () => tap(p)), TEST_RETRY_BUDGET_MS + 60_000);
        cloud.emulator.setLatency(0);
        const kinds: Record<string, number> = {};
        for (const a of answers) {
          const e = a.envelope as { ok: boolean; data?: { mine?: { status?: string } }; error?: { code: string } } | null;
          const kind = e === null ? 'unanswered' : e.ok ? (target === 'activity' ? (e.data?.mine?.status ?? 'ok') : 'signed') : e.error!.code;
          kinds[kind] = (kinds[kind] ?? 0) + 1;
        }
        const ms = answers.map((a) => a.ms).sort((x, y) => x - y);
        rows.push({
          target, latencyMs, answers: kinds, p50Ms: pct(ms, 50), p95Ms: pct(ms, 95), maxMs: ms[ms.length - 1],
          pastBudget: ms.filter((x) => x > RETRY_BUDGET_MS).length,
        });
      }
    }
    return rows;
  } finally {
    await cloud.close();
  }
};

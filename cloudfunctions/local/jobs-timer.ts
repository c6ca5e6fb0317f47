/**
 * The jobs function's timer, locally: CloudBase fires the deployed function's timer trigger
 * (cloudbaserc.json `triggers`, 7-field cron); here the same entry point gets the same `{ Type: 'Timer' }`
 * event every `JOBS_INTERVAL_MINUTES` (default 60; 0 turns it off), and once shortly after start. Each
 * run is a child process (timer-invocation.ts) without the mini-program's 云调用 token, so what the
 * platform would refuse a timer invocation is refused here too. Staff can also run the jobs on demand
 * (jobs.runNow, a user-triggered call) and the gateway's POST /dev/timer fires one timer run.
 */
import { fork } from 'node:child_process';
import path from 'node:path';

export interface TimerRun {
  ok: boolean;
  res?: unknown;
  error?: string;
}

export const runTimerInvocation = (): Promise<TimerRun> =>
  new Promise((resolve) => {
    const env = { ...process.env };
    delete env.WX_API_TOKEN;
    const child = fork(path.join(__dirname, 'timer-invocation.ts'), [], { env: { ...env, TRIGGER_SRC: 'timer' }, execArgv: ['--import', 'tsx'] });
    let answer: TimerRun = { ok: false, error: 'timer invocation ended without an answer' };
    child.on('message', (m) => {
      answer = m as TimerRun;
    });
    child.on('exit', () => resolve(answer));
  });

export const startJobsTimer = (minutes = Number(process.env.JOBS_INTERVAL_MINUTES ?? 60)): (() => void) => {
  if (!(minutes > 0)) return () => undefined;
  const fire = () => {
    void runTimerInvocation().then(({ res }) => {
      const summary = (res as { summary?: { flagged: number; reminded: number } } | undefined)?.summary;
      if (summary && summary.flagged > 0) console.log(`督办：新发现 ${summary.flagged} 条超期金点子，已给 ${summary.reminded} 位工作人员留了消息`);
    });
  };
  const first = setTimeout(fire, 5_000);
  const every = setInterval(fire, minutes * 60_000);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
};

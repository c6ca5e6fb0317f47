/**
 * The jobs function's timer, locally: CloudBase fires the deployed function's timer trigger
 * (config.json `triggers`); here the same entry point gets the same `{ Type: 'Timer' }` event every
 * `JOBS_INTERVAL_MINUTES` (default 60; 0 turns it off), and once shortly after start. Staff can also
 * run it on demand (jobs.runNow on the 金点子办理 page).
 */
import { main as jobs } from '../functions/jobs/index';

export const startJobsTimer = (minutes = Number(process.env.JOBS_INTERVAL_MINUTES ?? 60)): (() => void) => {
  if (!(minutes > 0)) return () => undefined;
  const fire = () => {
    void jobs({ Type: 'Timer', TriggerName: 'overdue', Time: new Date().toISOString(), Message: '' }, {}).then((res) => {
      const summary = (res as { summary?: { flagged: number; reminded: number } }).summary;
      if (summary && summary.flagged > 0) console.log(`督办：新发现 ${summary.flagged} 条超期金点子，已提醒 ${summary.reminded} 位工作人员`);
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

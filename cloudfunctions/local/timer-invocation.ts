/**
 * One timer-triggered invocation of the jobs function, in its own process, as CloudBase runs one: the
 * event `{ Type: 'Timer' }`, TRIGGER_SRC=timer, and no WX_API_TOKEN (the local stack does not rely on
 * WeChat issuing a timer token), so the emulator refuses any 云调用 it tries. The parent passes the
 * emulator's endpoint in the environment; the summary goes back over IPC.
 */
import { main as jobs } from '../functions/jobs/index';

delete process.env.WX_API_TOKEN;
process.env.TRIGGER_SRC = 'timer';

void jobs({ Type: 'Timer', TriggerName: 'overdue', Time: new Date().toISOString(), Message: '' }, {}).then(
  (res) => {
    process.send?.({ ok: true, res });
    process.exit(0);
  },
  (error: unknown) => {
    process.send?.({ ok: false, error: String(error) });
    process.exit(1);
  },
);

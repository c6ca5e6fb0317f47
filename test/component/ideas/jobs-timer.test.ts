import { isTimerEvent } from '../../../cloudfunctions/features/jobs/timer';
import { main } from '../../../cloudfunctions/functions/jobs/index';
import { cloudContext } from '../../../cloudfunctions/local/gateway/invoke';
import { startTestCloud, type TestCloud } from '../../support/test-cloud';

/** The deployed jobs entry: a CloudBase timer event runs the job with no caller; anything else is a normal call. */
describe('jobs function entry', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  it('recognises timer events only', () => {
    expect(isTimerEvent({ Type: 'Timer', TriggerName: 'overdue', Time: '2026-11-28T01:00:00Z' })).toBe(true);
    expect(isTimerEvent({ action: 'jobs.runNow', input: {}, requestId: 'req-000001' })).toBe(false);
    expect(isTimerEvent(null)).toBe(false);
  });

  it('a timer event runs the 督办 job through the production adapter (here pointed at the emulator)', async () => {
    const res = (await main({ Type: 'Timer', TriggerName: 'overdue', Time: new Date().toISOString() }, {})) as { ok: boolean; summary?: { checked: number } };
    expect(res.ok).toBe(true);
    expect(res.summary).toEqual(expect.objectContaining({ checked: expect.any(Number), flagged: expect.any(Number) }));
  });

  it('a call without a caller is refused by the pipeline, not run as a timer', async () => {
    const res = (await main({ action: 'jobs.runNow', input: {}, requestId: 'req-timer-00001' }, cloudContext('jobs', null))) as { ok: boolean; error?: { code: string } };
    expect(res).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});

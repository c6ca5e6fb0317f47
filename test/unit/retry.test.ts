import { isRetryable, retryDelayMs, untilNotBusy } from '../../cloudfunctions/contract/retry';
import type { Envelope } from '../../cloudfunctions/contract/envelope';

describe('the one retryable answer', () => {
  it('only BUSY is retried', () => {
    expect(isRetryable({ code: 'BUSY' })).toBe(true);
    for (const code of ['INTERNAL', 'RATE_LIMITED', 'ACTIVITY_FULL', 'VALIDATION_FAILED'] as const) expect(isRetryable({ code })).toBe(false);
  });

  it('waits at least what the server asked, doubling, spread ±50 %', () => {
    expect(retryDelayMs(1, 0, () => 0.5)).toBe(100);
    expect(retryDelayMs(3, 0, () => 0.5)).toBe(400);
    expect(retryDelayMs(1, 300, () => 0.5)).toBe(300);
    expect(retryDelayMs(10, 0, () => 0.5)).toBe(3200); // capped growth
    expect(retryDelayMs(2, 0, () => 0)).toBe(100);
    expect(retryDelayMs(2, 0, () => 0.999)).toBe(300);
  });

  it('sends again with the same request until the answer is not BUSY', async () => {
    const answers: Array<Envelope<number>> = [
      { ok: false, error: { code: 'BUSY', message: '', retryAfterMs: 1 }, requestId: 'r' },
      { ok: false, error: { code: 'BUSY', message: '', retryAfterMs: 1 }, requestId: 'r' },
      { ok: true, data: 7, requestId: 'r' },
    ];
    let sent = 0;
    const final = await untilNotBusy(async () => answers[sent++]);
    expect(final).toEqual({ ok: true, data: 7, requestId: 'r' });
    expect(sent).toBe(3);
  });

  it('a definite refusal is answered at once', async () => {
    let sent = 0;
    const final = await untilNotBusy(async () => {
      sent++;
      return { ok: false, error: { code: 'ACTIVITY_FULL', message: '' }, requestId: 'r' } as Envelope<number>;
    });
    expect(final.ok).toBe(false);
    expect(sent).toBe(1);
  });
});

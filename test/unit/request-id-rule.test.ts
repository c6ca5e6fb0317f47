import type { CallEvent, Envelope } from '@contract/envelope';
import { ERRORS, isErrorCode, type ErrorCode } from '@contract/errors';
import { createIntent, keepsRequestId } from '../../client/api/request-id';
import { sendIntent } from '../../client/api/use-send';

/**
 * The client's one requestId rule (client/api/request-id.ts): after an answer that leaves "maybe
 * happened" the next send of the same input carries the same id, so the server replays instead of doing
 * it twice; after a definite answer the id is dropped, so the next send is a new request. The transport
 * is replaced by a script of answers; call-api.ts runs as it does in the app (BUSY resent by itself).
 */
const sent: CallEvent[] = [];
let script: Array<(event: CallEvent) => unknown> = [];

jest.mock('../../client/api/transport', () => ({
  send: async (_fn: string, event: CallEvent) => {
    sent.push(event);
    const next = script.shift();
    if (!next) throw new Error('no answer scripted');
    return next(event);
  },
}));

const ok = (event: CallEvent) => ({ ok: true, data: { done: true }, requestId: event.requestId });
const refused = (code: ErrorCode, extra: object = {}) => (event: CallEvent) => ({
  ok: false,
  error: { code, message: ERRORS[code].message, ...extra },
  requestId: event.requestId,
});
const lostOnTheWay = () => {
  throw new Error('network down');
};

const failure = (code: ErrorCode): Envelope<never> => ({ ok: false, error: { code, message: ERRORS[code].message }, requestId: 'r' });

beforeEach(() => {
  sent.length = 0;
  script = [];
});

describe('keepsRequestId: which answers leave "maybe happened"', () => {
  it.each<[string, Envelope<unknown>, boolean]>([
    ['ok: done, a new intent next', { ok: true, data: 1, requestId: 'r' }, false],
    ['BUSY (left after the retry budget): the same request may still be running', failure('BUSY'), true],
    ['INTERNAL: the answer was lost, or the function failed part-way', failure('INTERNAL'), true],
    ['RATE_LIMITED: this attempt was not looked at; an earlier send may still land', failure('RATE_LIMITED'), true],
    ['VALIDATION_FAILED: a definite refusal of this input', failure('VALIDATION_FAILED'), false],
    ['a refusal the use case decided (kept under the id by the server)', failure('ACTIVITY_FULL'), false],
    ['IDEMPOTENCY_KEY_REUSED: the id belongs to other input', failure('IDEMPOTENCY_KEY_REUSED'), false],
  ])('%s', (_what, answer, keep) => {
    expect(keepsRequestId(answer)).toBe(keep);
  });

  it('has no REQUEST_IN_PROGRESS code to decide on: a request still running answers BUSY', () => {
    expect(isErrorCode('REQUEST_IN_PROGRESS')).toBe(false);
  });
});

describe('sendIntent: the id on the wire', () => {
  const input = { activityId: 'a1' };

  it('after a lost answer (INTERNAL), the same input goes again with the same id', async () => {
    const intent = createIntent();
    script = [lostOnTheWay, ok];
    const first = await sendIntent(intent, 'volunteers.signUp', input);
    expect(first.ok ? 'ok' : first.error.code).toBe('INTERNAL');
    await sendIntent(intent, 'volunteers.signUp', input);
    expect(sent.map((e) => e.requestId)).toEqual([sent[0].requestId, sent[0].requestId]);
  });

  it('after RATE_LIMITED, the same input goes again with the same id', async () => {
    const intent = createIntent();
    script = [refused('RATE_LIMITED', { retryAfterMs: 1000 }), ok];
    await sendIntent(intent, 'volunteers.signUp', input);
    await sendIntent(intent, 'volunteers.signUp', input);
    expect(sent[1].requestId).toBe(sent[0].requestId);
  });

  it('BUSY is resent by the call layer itself with the same id, and the person sees only the final answer', async () => {
    const intent = createIntent();
    script = [refused('BUSY', { retryAfterMs: 1 }), ok];
    const answer = await sendIntent(intent, 'volunteers.signUp', input);
    expect(answer.ok).toBe(true);
    expect(sent).toHaveLength(2);
    expect(sent[1].requestId).toBe(sent[0].requestId);
  });

  it('after a definite refusal (VALIDATION_FAILED), the next send is a new request', async () => {
    const intent = createIntent();
    script = [refused('VALIDATION_FAILED', { fields: { code: '签到码是4位数字' } }), ok];
    await sendIntent(intent, 'volunteers.checkIn', { activityId: 'a1', code: '1234', step: 'in' });
    await sendIntent(intent, 'volunteers.checkIn', { activityId: 'a1', code: '1234', step: 'in' });
    expect(sent[1].requestId).not.toBe(sent[0].requestId);
  });

  it('after a success, the same input again is a new request', async () => {
    const intent = createIntent();
    script = [ok, ok];
    await sendIntent(intent, 'volunteers.signUp', input);
    await sendIntent(intent, 'volunteers.signUp', input);
    expect(sent[1].requestId).not.toBe(sent[0].requestId);
  });

  it('a changed input is a new request even while the id is kept (the server refuses a reused id with other input)', async () => {
    const intent = createIntent();
    script = [lostOnTheWay, ok];
    await sendIntent(intent, 'volunteers.checkIn', { activityId: 'a1', code: '1234', step: 'in' });
    await sendIntent(intent, 'volunteers.checkIn', { activityId: 'a1', code: '4321', step: 'in' });
    expect(sent[1].requestId).not.toBe(sent[0].requestId);
  });
});

import { startTestCloud, errorOf, dataOf, type TestCloud } from '../../support/test-cloud';
import { validProfile } from '../../support/profiles';

/** The call pipeline as every function runs it, exercised through the members function. */
describe('call pipeline', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  it('refuses a payload over 64 KB before doing anything', async () => {
    const before = await cloud.snapshot();
    const res = await cloud.call('demo-member-1', 'members.updateProfile', { note: '长'.repeat(40_000) });
    expect(errorOf(res).code).toBe('PAYLOAD_TOO_LARGE');
    expect(await cloud.snapshot()).toEqual(before);
  });

  it('requires a well-formed requestId', async () => {
    const res = await cloud.invoke('demo-member-1', { action: 'members.me', input: {} });
    expect(errorOf(res)).toMatchObject({ code: 'VALIDATION_FAILED', fields: { requestId: expect.any(String) } });
  });

  it('answers UNKNOWN_ACTION for actions this function does not own', async () => {
    for (const action of ['members.nothing', 'ideas.submit', 42, undefined]) {
      const res = await cloud.invoke('demo-member-1', { action, input: {}, requestId: 'req-unknown-1' });
      expect(errorOf(res).code).toBe('UNKNOWN_ACTION');
    }
  });

  it.each([
    [{ openid: 'someone-else' }, 'openid'],
    [{ _openid: 'x' }, '_openid'],
    [{ role: 'admin' }, 'role'],
    [{ _id: 'abc' }, '_id'],
    [{ $where: 'sleep(1)' }, '$where'],
    [JSON.parse('{"__proto__": {"admin": true}}'), '__proto__'],
    [{ emergencyContact: { $set: { name: 'x' } } }, 'emergencyContact.$set'],
  ])('rejects identity and operator keys in the payload: %j', async (input, field) => {
    const before = await cloud.snapshot();
    const res = await cloud.call('demo-member-1', 'members.updateProfile', input);
    expect(errorOf(res)).toMatchObject({ code: 'VALIDATION_FAILED', fields: { [field]: expect.any(String) } });
    expect(await cloud.snapshot()).toEqual(before);
  });

  it('rejects unknown keys instead of stripping them, with per-field Chinese messages', async () => {
    const res = await cloud.call('demo-member-1', 'members.updateProfile', { nickname: '老李', birthYear: 'x' });
    const error = errorOf(res);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields).toMatchObject({ nickname: expect.any(String), birthYear: expect.any(String) });
    expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('takes identity only from the platform context', async () => {
    expect(errorOf(await cloud.call(null, 'members.me', {})).code).toBe('UNAUTHENTICATED');
    expect(dataOf(await cloud.call('brand-new-openid', 'members.me', {}))).toEqual({ registered: false });
  });

  it('refuses unregistered callers and members without the role', async () => {
    expect(errorOf(await cloud.call('brand-new-openid', 'members.list', {})).code).toBe('NOT_REGISTERED');
    expect(errorOf(await cloud.call('demo-member-2', 'members.list', {})).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call('demo-secretary-health', 'branches.create', { name: '新支部' })).code).toBe('FORBIDDEN');
  });

  it('rate-limits a caller per action and says when to retry', async () => {
    const results = [];
    // Valid calls by a registered member: each reaches the limiter (invalid ones stop earlier, at parsing).
    const again = validProfile('somebranch');
    for (let i = 0; i < 12; i += 1) results.push(await cloud.call('demo-member-3', 'members.register', again));
    // register allows 10 a minute; the 11th and 12th calls are refused before any work.
    expect(results.slice(0, 10).every((r) => !r.ok && r.error.code === 'ALREADY_REGISTERED')).toBe(true);
    const limited = results.filter((r) => !r.ok && r.error.code === 'RATE_LIMITED');
    expect(limited).toHaveLength(2);
    expect(errorOf(limited[0]).retryAfterMs).toBeGreaterThan(0);
    cloud.clock.advance(61_000);
    expect(errorOf(await cloud.call('demo-member-3', 'members.register', again)).code).toBe('ALREADY_REGISTERED');
  });

  it('answers a resend from its first answer before any rate limit, in the same window or a later one', async () => {
    const idea = (title: string) => ({ category: 'infrastructure', title, content: '希望社区多组织几次健康讲座，讲讲冬季老人常见病的预防。', place: '城关镇' });
    const first = await cloud.call('demo-member-5', 'ideas.submit', idea('建议多办健康讲座'), 'resend-first-0001');
    expect(first.ok).toBe(true);
    // ideas.submit allows 10 a minute: twelve resends of the one request are all the first answer.
    for (let i = 0; i < 12; i += 1) expect(await cloud.call('demo-member-5', 'ideas.submit', idea('建议多办健康讲座'), 'resend-first-0001')).toEqual(first);
    const fill = async (round: 1 | 2) => {
      const answers = [];
      for (let i = 0; i < 11; i += 1) answers.push(await cloud.call('demo-member-5', 'ideas.submit', idea(`第${round}轮的第${i + 1}条建议`), `resend-fill-${round}-${i}`));
      return answers.map((r) => (r.ok ? 'ok' : r.error.code));
    };
    expect(await fill(1)).toContain('RATE_LIMITED');
    expect(await cloud.call('demo-member-5', 'ideas.submit', idea('建议多办健康讲座'), 'resend-first-0001')).toEqual(first);
    // A later window the limiter has never seen this request in, already used up by other calls.
    cloud.clock.advance(61_000);
    expect((await fill(2)).at(-1)).toBe('RATE_LIMITED');
    expect(await cloud.call('demo-member-5', 'ideas.submit', idea('建议多办健康讲座'), 'resend-first-0001')).toEqual(first);
    // A different input under the same request id is still refused as a reused key, not answered.
    expect(errorOf(await cloud.call('demo-member-5', 'ideas.submit', idea('换了内容的建议'), 'resend-first-0001')).code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(errorOf(await cloud.call('demo-member-5', 'ideas.submit', idea('全新的一条建议'), 'resend-new-00001')).code).toBe('RATE_LIMITED');
  });

  it('turns an unexpected failure into INTERNAL without leaking stack, env or context', async () => {
    const original = cloud.deps.db.collection.bind(cloud.deps.db);
    cloud.deps.db.collection = (() => {
      throw new Error('disk on fire at /secret/path TENCENTCLOUD_SECRETKEY=abc');
    }) as never;
    try {
      const res = await cloud.call('demo-member-1', 'members.me', {}, 'req-internal-1');
      expect(res).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) }, requestId: 'req-internal-1' });
      expect(JSON.stringify(res)).not.toMatch(/fire|secret|SECRET|at \//);
      expect(cloud.logged.at(-1)?.detail).toMatchObject({ requestId: 'req-internal-1' });
    } finally {
      cloud.deps.db.collection = original;
    }
  });
});

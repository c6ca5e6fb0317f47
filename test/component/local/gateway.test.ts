import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { actionNames } from '../../../cloudfunctions/contract/registry';
import { startLocalStack, type LocalStack } from '../../../cloudfunctions/local/stack';

/** The local gateway as a browser and a script see it: HTTP in, CloudBase-shaped calls to the functions. */
describe('local gateway', () => {
  let stack: LocalStack;
  let dataDir: string;
  let url: string;
  const post = (pathname: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}${pathname}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'yinling-gateway-'));
    stack = await startLocalStack({ dataDir, port: 0, h5Dir: path.join(dataDir, 'no-h5-build') });
    url = stack.gateway.url;
  });
  afterAll(async () => {
    await stack.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('seeds the demo county on first start and lists the demo users by role', async () => {
    expect(stack.seeded).toBe(true);
    const { users } = (await (await fetch(`${url}/dev/users`)).json()) as { users: Array<{ openid: string; label: string }> };
    // 28 members and one family helper (王芳, not a member, who helps 孙玉珍).
    expect(users).toHaveLength(29);
    expect(users[0]).toMatchObject({ openid: 'demo-admin', label: '管理员' });
    expect(users.filter((u) => u.openid === 'demo-family-1')).toHaveLength(1);
  });

  it('maps envelopes to HTTP statuses and takes identity from the x-dev-openid header', async () => {
    const call = { action: 'members.me', input: {}, requestId: 'req-gateway-1' };
    const anonymous = await post('/api/members', call);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const member = await post('/api/members', call, { 'x-dev-openid': 'demo-member-1' });
    expect(member.status).toBe(200);
    expect(await member.json()).toMatchObject({ ok: true, data: { registered: true, member: { name: '张桂兰' } } });
    const forbidden = await post('/api/members', { action: 'members.list', input: {}, requestId: 'req-gateway-2' }, { 'x-dev-openid': 'demo-member-1' });
    expect(forbidden.status).toBe(403);
    const invalid = await post('/api/members', { action: 'members.list', input: { page: 0 }, requestId: 'req-gateway-3' }, { 'x-dev-openid': 'demo-admin' });
    expect(invalid.status).toBe(422);
  });

  it('answers broken and oversized bodies and unknown functions without reaching a function', async () => {
    const broken = await post('/api/members', '{not json', { 'x-dev-openid': 'demo-admin' });
    expect(broken.status).toBe(422);
    expect(await broken.json()).toEqual({ ok: false, error: { code: 'VALIDATION_FAILED', message: '请求格式不对' }, requestId: '' });
    expect((await post('/api/nosuchfn', { action: 'x', input: {}, requestId: 'req-gateway-4' })).status).toBe(404);
    const huge = await post('/api/members', { action: 'members.me', input: { blob: 'x'.repeat(2 * 1024 * 1024) }, requestId: 'req-gateway-5' });
    expect(huge.status).toBe(413);
    const big = await post('/api/members', { action: 'members.me', input: { blob: 'x'.repeat(70 * 1024) }, requestId: 'req-gateway-6' }, { 'x-dev-openid': 'demo-admin' });
    expect(await big.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  it.each([
    ['PUT', '/api/members', 405, 'METHOD_NOT_ALLOWED', 'POST'],
    ['DELETE', '/api/ideas', 405, 'METHOD_NOT_ALLOWED', 'POST'],
    ['GET', '/api/lessons', 405, 'METHOD_NOT_ALLOWED', 'POST'],
    ['POST', '/api/Members', 404, 'UNKNOWN_ACTION', null],
    ['POST', '/api/members/', 404, 'UNKNOWN_ACTION', null],
    ['POST', '/api/', 404, 'UNKNOWN_ACTION', null],
    ['POST', '/api', 404, 'UNKNOWN_ACTION', null],
    ['PATCH', '/dev/users', 405, 'METHOD_NOT_ALLOWED', 'GET'],
    ['GET', '/dev/login', 405, 'METHOD_NOT_ALLOWED', 'POST'],
    ['PUT', '/storage/upload', 405, 'METHOD_NOT_ALLOWED', 'POST'],
    ['POST', '/dev/nothing-here', 404, 'PATH_NOT_FOUND', null],
    ['GET', '/storage/elsewhere', 404, 'PATH_NOT_FOUND', null],
    ['POST', '/', 405, 'METHOD_NOT_ALLOWED', 'GET, HEAD'],
    ['DELETE', '/pages/home/index', 405, 'METHOD_NOT_ALLOWED', 'GET, HEAD'],
    ['GET', '/pages/%E0%A4%A', 404, 'PATH_NOT_FOUND', null],
  ])('%s %s: the envelope, a stable code and Chinese words', async (method, pathname, status, code, allow) => {
    const res = await fetch(`${url}${pathname}`, { method, headers: { 'x-dev-openid': 'demo-admin', 'content-type': 'application/json' }, body: method === 'GET' ? undefined : '{}' });
    expect(res.status).toBe(status);
    expect(res.headers.get('allow')).toBe(allow);
    const body = (await res.json()) as { ok: boolean; error: { code: string; message: string }; requestId: string };
    expect(body).toEqual({ ok: false, error: { code, message: expect.stringMatching(/^[^A-Za-z]*[\u4e00-\u9fa5][^A-Za-z]*$/) }, requestId: '' });
  });

  it('answers a sign-in without a demo user in the envelope too', async () => {
    expect(await (await post('/dev/login', { openid: 'not a demo user' })).json()).toEqual({ ok: false, error: { code: 'VALIDATION_FAILED', message: '请选择一位演示用户' }, requestId: '' });
  });

  it('signs in with a cookie, also as a brand-new WeChat user, and signs out', async () => {
    const login = await post('/dev/login', { newUser: true });
    const { openid } = (await login.json()) as { openid: string };
    expect(openid).toMatch(/^demo-new-[0-9a-f]{12}$/);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const me = await post('/api/members', { action: 'members.me', input: {}, requestId: 'req-gateway-7' }, { cookie });
    expect(await me.json()).toMatchObject({ ok: true, data: { registered: false } });
    expect((await post('/dev/login', { openid: 'bad openid; with spaces' })).status).toBe(422);
    expect((await post('/dev/logout', {})).headers.get('set-cookie')).toContain('Max-Age=0');
  });

  it('lists every action of the contract with its input schema, and the outbox', async () => {
    const { actions } = (await (await fetch(`${url}/dev/actions`)).json()) as { actions: Array<{ action: string; input: { type?: string } }> };
    expect(actions.map((a) => a.action).sort()).toEqual([...actionNames].sort());
    expect(actions.every((a) => a.input.type === 'object')).toBe(true);
    expect((await fetch(`${url}/dev/actions`, { headers: { accept: 'text/html' } })).headers.get('content-type')).toContain('text/html');
    expect((await fetch(`${url}/dev/outbox`)).status).toBe(200);
  });

  it('says plainly when the H5 app has not been built', async () => {
    const res = await fetch(`${url}/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build:h5');
  });
});

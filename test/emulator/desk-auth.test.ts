import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSign, generateKeyPairSync } from 'node:crypto';
import cloudbase from '@cloudbase/js-sdk';
import { startLocalStack, LOCAL_ENV_ID, type LocalStack } from '../../cloudfunctions/local/stack';
import { STAFF, MEMBER } from '../support/example-fixtures';

/**
 * The desk's sign-in as CloudBase runs it, with the unchanged @cloudbase/js-sdk 3.7.0 (node build) against
 * the local gateway: anonymous sign-in, a call of a function with the SDK's bearer token, a custom-login
 * ticket from the function (node-sdk createTicket) signed in with signInWithCustomTicket, and the context the
 * function sees (TCB_CUSTOM_USER_ID). Refusals in the platform's shapes: `{ error, error_description }` from
 * /auth/v1, `{ code, message }` with 401 from /v1/functions. Emulator-only: a real environment needs the
 * console's key and a deployed function.
 */
type Sdk = ReturnType<typeof cloudbase.init>;
type Envelope = { ok: boolean; data?: any; error?: { code: string } }; // eslint-disable-line @typescript-eslint/no-explicit-any

let stack: LocalStack;
let dataDir: string;
let n = 0;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'yinling-desk-auth-'));
  stack = await startLocalStack({ dataDir, port: 0, h5Dir: dataDir });
});
afterAll(async () => {
  await stack?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A browser's SDK pointed at the local gateway, as the desk page does (registerEndPointWithKey). */
const desk = (): Sdk => {
  n += 1;
  const app = cloudbase.init({ env: LOCAL_ENV_ID, clientId: `${LOCAL_ENV_ID}-${n}` } as never);
  const host = stack.gateway.url.replace(/^http:/, '');
  app.registerEndPointWithKey({ key: 'GATEWAY', url: `${host}/v1`, protocol: 'http:' } as never);
  return app;
};

const call = async (app: Sdk, action: string, input: unknown = {}): Promise<Envelope> =>
  (await app.callFunction({ name: 'members', data: { action, input, requestId: `req-${Date.now()}-${(n += 1)}` } })).result as Envelope;

/** The phone, through the gateway's mini-program route. */
const phone = async (openid: string, action: string, input: unknown): Promise<Envelope> => {
  const res = await fetch(`${stack.gateway.url}/api/members`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-openid': openid },
    body: JSON.stringify({ action, input, requestId: `phone-${Date.now()}-${(n += 1)}` }),
  });
  return res.json();
};

/** An RS256 JWT as jsonwebtoken signs it (what createTicket uses), made here to forge refused tickets. */
const signRs256 = (payload: Record<string, unknown>, privateKey: string): string => {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${part({ alg: 'RS256', typ: 'JWT' })}.${part(payload)}`;
  return `${body}.${createSign('RSA-SHA256').update(body).sign(privateKey).toString('base64url')}`;
};

const key = () => JSON.parse(process.env.DESK_LOGIN_KEY as string) as { private_key_id: string; private_key: string; env_id: string };
const forged = (claims: Record<string, unknown>) => {
  const now = Date.now();
  const { private_key_id, private_key } = key();
  const token = signRs256({ alg: 'RS256', env: LOCAL_ENV_ID, iat: now, exp: now + 600_000, uid: 'dr.forged.0', refresh: 3600_000, expire: now + 3600_000, ...claims }, private_key);
  return `${private_key_id}/@@/${token}`;
};

/** Signs a desk in as `openid` through the real flow; answers the ticket too. */
const signedInDesk = async (openid: string) => {
  const app = desk();
  await app.auth({ persistence: 'none' } as never).signInAnonymously();
  const { code } = (await call(app, 'desk.requestCode')).data;
  expect((await phone(openid, 'desk.confirm', { code })).ok).toBe(true);
  const redeemed = await call(app, 'desk.redeem', { code });
  expect(redeemed.ok).toBe(true);
  await app.auth({ persistence: 'none' } as never).signInWithCustomTicket(async () => redeemed.data.ticket);
  return { app, ticket: redeemed.data.ticket as string };
};

describe('CloudBase web sign-in and HTTP function calls, as js-sdk 3.7 speaks them', () => {
  it('an anonymous desk may ask for a code, and nothing else', async () => {
    const app = desk();
    await app.auth({ persistence: 'none' } as never).signInAnonymously();
    const asked = await call(app, 'desk.requestCode');
    expect(asked.ok).toBe(true);
    expect(asked.data.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect((await call(app, 'members.me')).error?.code).toBe('UNAUTHENTICATED');
    expect((await call(app, 'ideas.queue')).error?.code).toBe('UNKNOWN_ACTION'); // another function's action
  });

  it('a confirmed code becomes a custom-login ticket, and the desk then acts as that member', async () => {
    const { app, ticket } = await signedInDesk(STAFF);
    expect(ticket).toMatch(/^[0-9a-f]+\/@@\/[\w-]+\.[\w-]+\.[\w-]+$/);
    const me = await call(app, 'desk.me');
    expect(me.data).toMatchObject({ atDesk: true });
    expect(me.data.roles).toContain('staff');
    const state = await app.auth({ persistence: 'none' } as never).getLoginState();
    expect(state).toBeTruthy();
  });

  it('a ticket is refused when tampered, expired, for another environment, or signed with another key', async () => {
    const { ticket } = await signedInDesk(STAFF);
    const [kid, token] = ticket.split('/@@/');
    const tampered = `${kid}/@@/${token.slice(0, -4)}AAAA`;
    const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const wrongKey = `${kid}/@@/${signRs256({ env: LOCAL_ENV_ID, exp: Date.now() + 600_000, uid: 'dr.x.0' }, otherKey)}`;
    const cases: Array<[string, string]> = [
      [tampered, 'ticket signature invalid'],
      [wrongKey, 'ticket signature invalid'],
      [forged({ exp: Date.now() - 1 }), 'ticket expired'],
      [forged({ env: 'someone-else' }), 'ticket env mismatch'],
      [forged({ expire: Date.now() - 1 }), 'login expired'],
      [`00/@@/${token}`, 'private key id mismatch: download the current custom-login key'],
    ];
    for (const [bad, why] of cases) {
      const app = desk();
      // js-sdk 3.7 answers { data, error: AuthError } rather than throwing; the error carries the server's words.
      const answer = (await app.auth({ persistence: 'none' } as never).signInWithCustomTicket(async () => bad)) as unknown as { error?: { code?: string; message?: string } };
      expect({ why, code: answer.error?.code, message: answer.error?.message }).toEqual({ why, code: 'invalid_grant', message: why });
    }
  });

  it('function calls need a live bearer token: none, unknown or signed out is 401 INVALID_ACCESS_TOKEN', async () => {
    const url = `${stack.gateway.url}/v1/functions/members`;
    const body = JSON.stringify({ action: 'desk.me', input: {}, requestId: 'req-no-token-1' });
    const none = await fetch(url, { method: 'POST', body });
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ code: 'INVALID_ACCESS_TOKEN' });
    const bogus = await fetch(url, { method: 'POST', body, headers: { authorization: 'Bearer nope' } });
    expect(await bogus.json()).toMatchObject({ code: 'INVALID_ACCESS_TOKEN' });
    // A cookie is no credential here: the dev session cookie of the mini-program stand-in changes nothing.
    const cookie = await fetch(url, { method: 'POST', body, headers: { cookie: `yl_dev_openid=${STAFF}` } });
    expect(cookie.status).toBe(401);

    const { app } = await signedInDesk(STAFF);
    const auth = app.auth({ persistence: 'none' } as never);
    const { access_token } = (await (auth as any).getAccessToken?.()) ?? {}; // eslint-disable-line @typescript-eslint/no-explicit-any
    const token = typeof access_token === 'string' ? access_token : ((await (auth as any).oauthInstance?.oauth2client?.getAccessToken?.()) as string); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(typeof token).toBe('string');
    const live = await fetch(url, { method: 'POST', body, headers: { authorization: `Bearer ${token}` } });
    expect(((await live.json()) as Envelope).ok).toBe(true);
    await auth.signOut();
    const after = await fetch(url, { method: 'POST', body, headers: { authorization: `Bearer ${token}` } });
    expect(after.status).toBe(401);
  });

  it('the function sees the custom user in its context, never an openid: a plain member cannot get a ticket', async () => {
    const app = desk();
    await app.auth({ persistence: 'none' } as never).signInAnonymously();
    const { code } = (await call(app, 'desk.requestCode')).data;
    expect((await phone(MEMBER, 'desk.confirm', { code })).error?.code).toBe('DESK_FORBIDDEN');
    expect((await call(app, 'desk.redeem', { code })).error?.code).toBe('DESK_CODE_NOT_CONFIRMED');
  });
});

import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { deskUid } from '../../../cloudfunctions/platform/desk-uid';
import { idOf } from '../../support/lookups';
import { ADMIN, MEMBER, SECRETARY, STAFF } from '../../support/example-fixtures';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { anonymousDesk, ticketClaims, webCall, type WebCaller } from '../../support/web-callers';

describe('desk.*: one-time login codes, the ticket, and who a desk acts as', () => {
  let cloud: TestCloud;
  let web: ReturnType<typeof webCall>;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    web = webCall(cloud);
  });
  afterAll(() => cloud.close());
  beforeEach(() => cloud.clock.advance(61_000)); // clear of the per-minute limits

  const codeFor = async (desk: WebCaller) => dataOf(await web(desk, 'desk.requestCode')).code as string;
  const signIn = async (openid: string) => {
    const desk = anonymousDesk();
    const code = await codeFor(desk);
    dataOf(await cloud.call(openid, 'desk.confirm', { code }));
    const { ticket } = dataOf(await web(desk, 'desk.redeem', { code }));
    return { customUserId: String(ticketClaims(ticket).uid), uuid: 'desk-user' } as WebCaller;
  };

  it('a code lives two minutes, then nobody can scan, confirm, watch or redeem it', async () => {
    const desk = anonymousDesk();
    const { code, expiresAt } = dataOf(await web(desk, 'desk.requestCode'));
    expect(new Date(expiresAt).getTime() - cloud.clock.now().getTime()).toBe(120_000);
    expect(dataOf(await cloud.call(STAFF, 'desk.scan', { code }))).toMatchObject({ code });
    expect(dataOf(await web(desk, 'desk.status', { code })).state).toBe('scanned');
    cloud.clock.advance(120_000);
    expect(errorOf(await cloud.call(STAFF, 'desk.confirm', { code })).code).toBe('DESK_CODE_EXPIRED');
    expect(errorOf(await web(desk, 'desk.status', { code })).code).toBe('DESK_CODE_EXPIRED');
    expect(errorOf(await web(desk, 'desk.redeem', { code })).code).toBe('DESK_CODE_EXPIRED');
  });

  it('the ticket is the SDK\'s: RS256, ten minutes, the member\'s desk uid, a working day of login', async () => {
    const desk = anonymousDesk();
    const code = await codeFor(desk);
    dataOf(await cloud.call(SECRETARY, 'desk.confirm', { code }));
    const { ticket } = dataOf(await web(desk, 'desk.redeem', { code }));
    const claims = ticketClaims(ticket);
    expect(claims.uid).toBe(deskUid({ memberId: await idOf(cloud, SECRETARY), epoch: 0 }));
    expect(Number(claims.exp) - Number(claims.iat)).toBe(600_000);
    expect(Number(claims.expire) - Number(claims.iat)).toBeGreaterThanOrEqual(10 * 3600_000 - 1000);
    expect(claims.env).toBe('yinling-test');
  });

  it('of hundreds of redemptions at once (four function instances) exactly one gets a ticket; a replay is refused', async () => {
    const desk = anonymousDesk();
    const code = await codeFor(desk);
    dataOf(await cloud.call(STAFF, 'desk.confirm', { code }));
    const instances = [web, webCall(cloud), webCall(cloud), webCall(cloud)];
    const answers = await Promise.all(Array.from({ length: 240 }, (_, i) => instances[i % 4](desk, 'desk.redeem', { code })));
    const codes = answers.map((a) => (a.ok ? 'ok' : a.error.code));
    expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
    expect(new Set(codes.filter((c) => c !== 'ok'))).toEqual(new Set(['DESK_CODE_USED']));
    expect(errorOf(await web(desk, 'desk.redeem', { code })).code).toBe('DESK_CODE_USED');
    expect(errorOf(await cloud.call(STAFF, 'desk.confirm', { code })).code).toBe('DESK_CODE_USED');
  });

  it('of many confirmations at once exactly one binds the code, and it is audited once', async () => {
    const desk = anonymousDesk();
    const code = await codeFor(desk);
    const confirmers = [STAFF, SECRETARY, ADMIN, 'demo-staff-2', 'demo-secretary-education'];
    const answers = await Promise.all(confirmers.map((openid) => cloud.call(openid, 'desk.confirm', { code })));
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok).map((a) => (a.ok ? '' : a.error.code))).toEqual(Array(4).fill('DESK_CODE_USED'));
    const audits = (await cloud.db.collection(COLLECTIONS.auditLog).where({ targetId: code }).limit(10).get()).data;
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: 'desk.confirm', targetType: 'desk_login', after: { state: 'confirmed' } });
    expect(audits[0].actorId).toBeTruthy();
  });

  it('a plain member is refused in words and changes nothing; another desk cannot watch or redeem the code', async () => {
    const desk = anonymousDesk();
    const code = await codeFor(desk);
    const before = await cloud.snapshot();
    const refused = errorOf(await cloud.call(MEMBER, 'desk.confirm', { code }));
    expect(refused.code).toBe('DESK_FORBIDDEN');
    expect(refused.message).toContain('工作人员');
    expect(errorOf(await cloud.call(MEMBER, 'desk.scan', { code })).code).toBe('DESK_FORBIDDEN');
    expect(await cloud.snapshot()).toEqual(before);
    dataOf(await cloud.call(STAFF, 'desk.confirm', { code }));
    expect(errorOf(await web(anonymousDesk(), 'desk.status', { code })).code).toBe('DESK_CODE_NOT_FOUND');
    expect(errorOf(await web(anonymousDesk(), 'desk.redeem', { code })).code).toBe('DESK_CODE_NOT_FOUND');
  });

  it('guessing codes is rate limited per person', async () => {
    const answers = [];
    for (const guess of ['AAAAAAAA', 'AAAAAAAB', 'AAAAAAAC', 'AAAAAAAD', 'AAAAAAAE', 'AAAAAAAF', 'AAAAAAAG']) {
      answers.push(await cloud.callOnce(STAFF, 'desk.scan', { code: guess }));
    }
    expect(answers.map((a) => (a.ok ? 'ok' : a.error.code))).toEqual([...Array(6).fill('DESK_CODE_NOT_FOUND'), 'RATE_LIMITED']);
  });

  it('a signed-in desk acts as its member; 退出所有电脑 and a revoked role end it on the next call', async () => {
    const deskA = await signIn(STAFF);
    expect(dataOf(await web(deskA, 'desk.me'))).toMatchObject({ name: expect.any(String), atDesk: true });
    dataOf(await cloud.call(STAFF, 'desk.signOutAll', {}));
    expect(errorOf(await web(deskA, 'desk.me')).code).toBe('DESK_SIGNED_OUT');
    const deskB = await signIn(STAFF); // a new sign-in after it works
    expect(dataOf(await web(deskB, 'desk.me')).atDesk).toBe(true);

    const deskC = await signIn('demo-staff-2');
    expect(dataOf(await web(deskC, 'ideas.queue', {}))).toHaveProperty('items'); // a staff action, as staff
    const staff2 = await idOf(cloud, 'demo-staff-2');
    dataOf(await cloud.call('demo-admin', 'members.revokeRole', { memberId: staff2, role: 'staff' }));
    expect(errorOf(await web(deskC, 'desk.me')).code).toBe('DESK_FORBIDDEN');
  });

  it('an anonymous browser may only get signed in: it cannot register or read anything', async () => {
    const desk = anonymousDesk();
    expect(errorOf(await web(desk, 'members.register', {})).code).toBe('VALIDATION_FAILED'); // parse comes first
    expect(errorOf(await web(desk, 'members.me')).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await web(desk, 'desk.me')).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await web({ uuid: 'x', customUserId: 'dr.not-a-member.0' }, 'desk.me')).code).toBe('UNAUTHENTICATED');
  });
});

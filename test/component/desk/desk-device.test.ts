import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { sweepDeskCodes } from '../../../cloudfunctions/features/members/desk/sweep';
import { STAFF } from '../../support/example-fixtures';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { anonymousDesk, webCall } from '../../support/web-callers';

describe('desk codes: which computer asked, and the daily sweep of old ones', () => {
  let cloud: TestCloud;
  let web: ReturnType<typeof webCall>;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    web = webCall(cloud);
  });
  afterAll(() => cloud.close());
  beforeEach(() => cloud.clock.advance(61_000)); // clear of the per-minute limits

  it('the phone sees what the desk said it is and the address CloudBase saw; the sign-in audit keeps both', async () => {
    const desk = anonymousDesk();
    const { code } = dataOf(await web(desk, 'desk.requestCode', { device: ' Windows 电脑 · Chrome 浏览器 ' }));
    expect(dataOf(await cloud.call(STAFF, 'desk.scan', { code }))).toMatchObject({ code, device: 'Windows 电脑 · Chrome 浏览器', sourceIp: '127.0.0.1' });
    dataOf(await cloud.call(STAFF, 'desk.confirm', { code }));
    const [audit] = (await cloud.db.collection(COLLECTIONS.auditLog).where({ targetId: code }).limit(2).get()).data;
    expect(audit.after).toMatchObject({ device: 'Windows 电脑 · Chrome 浏览器', sourceIp: '127.0.0.1' });
  });

  it('a desk that says nothing is shown without a description; an overlong one is refused and no code is made', async () => {
    const { code } = dataOf(await web(anonymousDesk(), 'desk.requestCode', {}));
    const scanned = dataOf(await cloud.call(STAFF, 'desk.scan', { code }));
    expect(scanned).not.toHaveProperty('device');
    const before = await cloud.snapshot();
    const refused = errorOf(await web(anonymousDesk(), 'desk.requestCode', { device: '电'.repeat(41) }));
    expect(refused.code).toBe('VALIDATION_FAILED');
    expect(refused.fields?.device).toBe('电脑的说明太长了');
    expect(await cloud.snapshot()).toEqual(before);
  });

  it('the sweep removes codes a day past expiry and keeps the rest; a second sweep finds nothing', async () => {
    const old = dataOf(await web(anonymousDesk(), 'desk.requestCode', {})).code;
    cloud.clock.advance(25 * 3600_000);
    const fresh = dataOf(await web(anonymousDesk(), 'desk.requestCode', {})).code;
    const swept = await sweepDeskCodes(cloud.db, cloud.clock.now());
    expect(swept.removed).toBeGreaterThanOrEqual(1);
    const kept = async (code: string) => (await cloud.db.collection(COLLECTIONS.deskLoginCodes).doc(code).get()).data.length === 1;
    expect(await kept(fresh)).toBe(true);
    expect(await kept(old)).toBe(false);
    expect(await sweepDeskCodes(cloud.db, cloud.clock.now())).toEqual({ removed: 0 });
  });
});

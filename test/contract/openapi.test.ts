import { COLLECTIONS } from '../../cloudfunctions/contract/collections';
import { MARKERS } from '../../cloudfunctions/local/emulator/openapi/content-rules';
import { REFUSED_OPENID_MARK } from '../../cloudfunctions/local/emulator/openapi/subscribe-message';
import { Contract, errorOf, itEmulatorOnly, startContract } from './harness';

/**
 * WeChat open APIs through callWxOpenApi: content safety (msgSecCheck v2) with the emulator's deterministic
 * rules, and subscribe messages recorded in the outbox collection.
 */
const HANG_MS = 1200;
const RULES = 'the outcomes come from the emulator’s deterministic rules';
const SENDS = 'would send a real WeChat message';
let c: Contract;

beforeAll(async () => {
  c = await startContract({ openApiHangMs: HANG_MS });
});
afterAll(() => c?.close());

const check = (content: string, opts?: { timeout: number }) =>
  c.app.callWxOpenApi(
    { apiName: 'security.msgSecCheck', requestData: { content, version: 2, scene: 2, openid: 'o_contract_user_1' } },
    opts,
  );

describe('security.msgSecCheck', () => {
  it('ordinary text passes, in the v2 answer shape', async () => {
    const { result } = await check('重阳节一起去登山，欢迎报名');
    expect(result).toMatchObject({ errcode: 0, errmsg: 'ok', result: { suggest: 'pass', label: 100 } });
    expect(Array.isArray(result.detail)).toBe(true);
  });

  itEmulatorOnly('risky and review outcomes follow the markers and word list', RULES, async () => {
    expect((await check(`内容${MARKERS.risky}`)).result.result.suggest).toBe('risky');
    expect((await check('这里有人组织赌博')).result.result).toEqual({ suggest: 'risky', label: 20006 });
    expect((await check(`内容${MARKERS.review}`)).result.result.suggest).toBe('review');
  });

  itEmulatorOnly('a 【超时】 text hangs: a caller timeout fires; without one the call ends with errcode -1', RULES, async () => {
    const err = await errorOf(check(`内容${MARKERS.timeout}`, { timeout: 300 }));
    expect(String((err as { code?: string }).code)).toMatch(/TIMEDOUT/);
    const started = Date.now();
    const { result } = await check(`内容${MARKERS.timeout}`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(HANG_MS - 50);
    expect(result.errcode).toBe(-1);
  });

  itEmulatorOnly('missing fields are WeChat errcodes, not exceptions', RULES, async () => {
    const { result } = await c.app.callWxOpenApi({ apiName: 'security.msgSecCheck', requestData: { content: 'x', version: 2, scene: 2 } });
    expect(result.errcode).toBe(40003);
  });
});

describe('subscribeMessage.send', () => {
  const message = (over: Record<string, unknown> = {}) => ({
    touser: 'o_contract_user_1',
    template_id: 'TPL_activity_reminder_001',
    page: 'pages/activity/detail?id=a1',
    data: { thing1: { value: '重阳登高活动' }, time2: { value: '2026-10-29 09:00' } },
    ...over,
  });
  const send = (requestData: Record<string, unknown>) => c.app.callWxOpenApi({ apiName: 'subscribeMessage.send', requestData });

  itEmulatorOnly('a valid message answers errcode 0 and lands in the outbox collection', SENDS, async () => {
    const { result } = await send(message());
    expect(result.errcode).toBe(0);
    const outbox = c.db.collection(c.coll(COLLECTIONS.outbox));
    const { data } = await outbox.where({ touser: 'o_contract_user_1' }).get();
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({
      touser: 'o_contract_user_1',
      templateId: 'TPL_activity_reminder_001',
      page: 'pages/activity/detail?id=a1',
      data: { thing1: { value: '重阳登高活动' }, time2: { value: '2026-10-29 09:00' } },
    });
    expect(data[0].createdAt).toBeInstanceOf(Date);
  });

  itEmulatorOnly('invalid fields are refused with WeChat errcodes and nothing is recorded', SENDS, async () => {
    const before = await c.emulator!.snapshot();
    expect((await send(message({ data: { thing1: { value: '这是一段超过二十个字的活动名称，微信会拒绝它的' } } }))).result.errcode).toBe(47003);
    expect((await send(message({ data: { nonsense9: { value: 'x' } } }))).result.errcode).toBe(47003);
    expect((await send(message({ data: {} }))).result.errcode).toBe(47003);
    expect((await send(message({ touser: '' }))).result.errcode).toBe(40003);
    expect((await send(message({ template_id: '' }))).result.errcode).toBe(40037);
    expect((await send(message({ touser: `o${REFUSED_OPENID_MARK}1` }))).result.errcode).toBe(43101);
    expect(await c.emulator!.snapshot()).toEqual(before);
  });

  itEmulatorOnly('an API the emulator does not implement says so', RULES, async () => {
    const { result } = await c.app.callWxOpenApi({ apiName: 'wxacode.getUnlimited', requestData: { scene: 'x' } });
    expect(result.errcode).toBe(48001);
    expect(result.errmsg).toContain('emulator');
  });
});

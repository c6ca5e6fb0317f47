import { COLLECTIONS } from '../../cloudfunctions/contract/collections';
import { MARKERS } from '../../cloudfunctions/local/emulator/openapi/content-rules';
import { localTemplateIds } from '../../cloudfunctions/local/emulator/openapi/console-templates';
import { ILLEGAL_INVOCATION_SOURCE } from '../../cloudfunctions/local/emulator/openapi/wx-api';
import { compatibleOpenApi, OpenApiError, type CompatibleOpenApiApp } from '../../cloudfunctions/platform/wx-open-api';
import { CloudBase, errorOf, itEmulatorOnly, startCloudBase } from './harness';

/**
 * WeChat open APIs as 云调用 through the SDK's callCompatibleWxOpenApi (protobuf over `wx.openApi`, as
 * wx-server-sdk sends them): content safety (msgSecCheck v2) with the emulator's deterministic rules;
 * subscribe messages only for a template this mini-program applied for, one message per acceptance;
 * no 云调用 from an invocation WeChat gave no token (a timer run, locally).
 */
const HANG_MS = 1200;
const RULES = 'the outcomes come from the emulator’s deterministic rules';
const SENDS = 'would send a real WeChat message';
const USER = 'o_contract_user_1';
const TEMPLATE = localTemplateIds().activitySignup!;
/** WeChat's JSON answer, read loosely: each test checks the fields it cares about. */
type WxAnswer = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
let c: CloudBase;
let call: ReturnType<typeof compatibleOpenApi>;

beforeAll(async () => {
  c = await startCloudBase({ openApiHangMs: HANG_MS });
  call = compatibleOpenApi(c.app as unknown as CompatibleOpenApiApp);
});
afterAll(() => c?.close());

const check = (content: string, opts?: { timeout: number }) =>
  call({ apiName: 'security.msgSecCheck', requestData: { content, version: 2, scene: 2, openid: USER } }, opts) as Promise<{ result: WxAnswer }>;

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
    const { result } = (await call({ apiName: 'security.msgSecCheck', requestData: { content: 'x', version: 2, scene: 2 } })) as { result: WxAnswer };
    expect(result.errcode).toBe(40003);
  });
});

describe('subscribeMessage.send', () => {
  const message = (over: Record<string, unknown> = {}) => ({
    touser: USER,
    template_id: TEMPLATE,
    page: 'pages/volunteer/activity/index?id=a1',
    data: { thing1: { value: '重阳登高活动' }, phrase2: { value: '报名成功' }, date3: { value: '2026年10月29日' } },
    ...over,
  });
  const send = async (requestData: Record<string, unknown>) => ((await call({ apiName: 'subscribeMessage.send', requestData })) as { result: WxAnswer }).result;
  const outbox = async () => (await c.db.collection(c.coll(COLLECTIONS.outbox)).where({ touser: USER }).limit(100).get()).data;

  itEmulatorOnly('without the user’s acceptance WeChat refuses with 43101; one acceptance buys exactly one message', SENDS, async () => {
    expect((await send(message())).errcode).toBe(43101);
    expect(await outbox()).toHaveLength(0);
    await c.emulator!.acceptSubscriptions(USER, [TEMPLATE]);
    expect((await send(message())).errcode).toBe(0);
    expect((await send(message())).errcode).toBe(43101);
    const data = await outbox();
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ touser: USER, templateId: TEMPLATE, page: 'pages/volunteer/activity/index?id=a1', data: message().data });
    expect(data[0].createdAt).toBeInstanceOf(Date);
  });

  itEmulatorOnly('two acceptances, two messages; an acceptance of another template does not count', SENDS, async () => {
    await c.emulator!.acceptSubscriptions('o_contract_user_2', [TEMPLATE, TEMPLATE, localTemplateIds().ideaProgress!]);
    const to2 = message({ touser: 'o_contract_user_2' });
    expect([(await send(to2)).errcode, (await send(to2)).errcode, (await send(to2)).errcode]).toEqual([0, 0, 43101]);
  });

  itEmulatorOnly('invalid fields are refused with WeChat errcodes, nothing is recorded, no acceptance is used', SENDS, async () => {
    await c.emulator!.acceptSubscriptions('o_contract_user_3', [TEMPLATE]);
    const to3 = (over: Record<string, unknown>) => message({ touser: 'o_contract_user_3', ...over });
    const before = await c.emulator!.snapshot();
    expect((await send(to3({ data: { ...message().data, thing1: { value: '这是一段超过二十个字的活动名称，微信会拒绝它的' } } }))).errcode).toBe(47003);
    expect((await send(to3({ data: { ...message().data, phrase2: { value: '报名成功了吗' } } }))).errcode).toBe(47003);
    expect((await send(to3({ data: { ...message().data, date3: { value: '下周三' } } }))).errcode).toBe(47003);
    // thing4 is a valid keyword type, but not one of this template's keywords
    expect((await send(to3({ data: { ...message().data, thing4: { value: '备注' } } }))).errcode).toBe(47003);
    expect((await send(to3({ data: {} }))).errcode).toBe(47003);
    expect((await send(to3({ touser: '' }))).errcode).toBe(40003);
    expect((await send(to3({ template_id: 'TPL_never_applied_for_000' }))).errcode).toBe(40037);
    expect(await c.emulator!.snapshot()).toEqual(before);
    expect((await send(to3({}))).errcode).toBe(0);
  });

  itEmulatorOnly('an API the emulator does not implement says so', RULES, async () => {
    const { result } = (await call({ apiName: 'wxacode.getUnlimited', requestData: { scene: 'x' } })) as { result: WxAnswer };
    expect(result.errcode).toBe(48001);
    expect(result.errmsg).toContain('emulator');
  });
});

describe('who may make a 云调用', () => {
  itEmulatorOnly('an invocation without WeChat’s token (a timer run here) is refused with -604104 and sends nothing', SENDS, async () => {
    await c.emulator!.acceptSubscriptions('o_contract_user_4', [TEMPLATE]);
    const token = process.env.WX_API_TOKEN;
    delete process.env.WX_API_TOKEN;
    process.env.TRIGGER_SRC = 'timer';
    try {
      const err = await errorOf(call({ apiName: 'subscribeMessage.send', requestData: message4() }));
      expect(err).toBeInstanceOf(OpenApiError);
      expect((err as OpenApiError).code).toBe(ILLEGAL_INVOCATION_SOURCE);
    } finally {
      process.env.WX_API_TOKEN = token;
      delete process.env.TRIGGER_SRC;
    }
    // The acceptance is still there for a call from the mini-program.
    expect(((await call({ apiName: 'subscribeMessage.send', requestData: message4() })) as { result: WxAnswer }).result.errcode).toBe(0);
  });

  itEmulatorOnly('the JSON route (`wx.api`, deprecated by wx-server-sdk) is not emulated: the app may not rely on it', SENDS, async () => {
    const err = await errorOf(c.app.callWxOpenApi({ apiName: 'subscribeMessage.send', requestData: message4() }));
    expect(err.code).toBe('ACTION_NOT_SUPPORTED');
  });
});

function message4() {
  return {
    touser: 'o_contract_user_4',
    template_id: TEMPLATE,
    page: 'pages/volunteer/activity/index?id=a1',
    data: { thing1: { value: '重阳登高活动' }, phrase2: { value: '报名成功' }, date3: { value: '2026年10月29日' } },
  };
}

import { randomBytes } from 'node:crypto';
import { COLLECTIONS } from '../../../contract/collections';
import { DbContext, withData } from '../db/context';
import { insertDocs } from '../db/mutate';
import type { ConsoleTemplates } from './console-templates';
import { judgeText, LABELS } from './content-rules';
import { err, validateSubscribeMessage, WxResult } from './subscribe-message';
import { consumeAcceptance } from './subscriptions';
import { decodeOpenApiRequest, encodeOpenApiResponse, WireError } from './wire';

/**
 * 云调用 as CloudBase receives it from `callCompatibleWxOpenApi`: SDK action `wx.openApi`, multipart
 * form fields, `requestData` a protobuf CommApiData; the answer a protobuf CommOpenApiResp (binary),
 * WeChat's JSON inside. Rules:
 *  - the call must carry a `wxCloudApiToken`, which WeChat issues to an invocation triggered from the
 *    mini-program (the SDK sends WX_API_TOKEN). A call without one — a timer invocation here, which the
 *    local stack runs without a token — is refused with -604104 "illegal source of invocation";
 *  - security.msgSecCheck (v2 shape; v1 when `version` is absent) with the rules in content-rules.ts;
 *  - subscribeMessage.send validated like WeChat and allowed once per acceptance (43101 otherwise),
 *    recorded in `outbox_messages`.
 * Any other API answers errcode 48001 (api unauthorized), naming the emulator, so a missing stand-in is loud.
 */
export interface WxContext {
  db: DbContext;
  templates: ConsoleTemplates;
  /** How long a 【超时】 content check hangs before failing with errcode -1. */
  hangMs: number;
  /** Resolves when the emulator closes, to cut hangs short. */
  closing: Promise<void>;
}

/** wx-server-sdk's WX_FUNCTIONS_SERVER_OPENAPI_ILLEGAL_INVOCATION_SOURCE. */
export const ILLEGAL_INVOCATION_SOURCE = -604104;

const traceId = () => randomBytes(8).toString('hex');

async function msgSecCheck(req: Record<string, unknown>, ctx: WxContext): Promise<WxResult | Record<string, unknown>> {
  const content = req.content;
  const v2 = Number(req.version) === 2;
  if (typeof content !== 'string' || content.length === 0) return { errcode: 47001, errmsg: 'data format error hint: content' };
  if (v2) {
    if (typeof req.openid !== 'string' || !req.openid) return { errcode: 40003, errmsg: 'invalid openid' };
    if (![1, 2, 3, 4].includes(Number(req.scene))) return { errcode: 47001, errmsg: 'data format error hint: scene' };
  }
  const text = [req.title, req.nickname, req.signature, content].filter((x) => typeof x === 'string').join('\n');
  const verdict = judgeText(text);
  if (verdict.suggest === 'timeout') {
    await Promise.race([new Promise((r) => setTimeout(r, ctx.hangMs).unref()), ctx.closing]);
    return { errcode: -1, errmsg: 'system error' };
  }
  if (!v2) {
    return verdict.suggest === 'risky' ? { errcode: 87014, errmsg: 'risky content' } : { errcode: 0, errmsg: 'ok' };
  }
  const detail = [
    { strategy: 'content_model', errcode: 0, suggest: verdict.suggest, label: verdict.label, prob: verdict.suggest === 'pass' ? 0 : 90 },
    ...(verdict.keyword
      ? [{ strategy: 'keyword', errcode: 0, suggest: verdict.suggest, label: verdict.label, level: 20, keyword: verdict.keyword }]
      : []),
  ];
  return {
    errcode: 0,
    errmsg: 'ok',
    result: { suggest: verdict.suggest, label: verdict.suggest === 'pass' ? LABELS.normal : verdict.label },
    detail,
    trace_id: traceId(),
  };
}

async function sendSubscribeMessage(req: Record<string, unknown>, ctx: WxContext): Promise<WxResult> {
  const checked = validateSubscribeMessage(req, ctx.templates);
  if ('errcode' in checked) return checked;
  if (!(await consumeAcceptance(ctx.db, checked.touser, checked.templateId))) return err(43101, 'user refuse to accept the msg');
  await withData(ctx.db, {}, true, (ws) =>
    insertDocs(ws, COLLECTIONS.outbox, [{ ...checked, createdAt: new Date(ctx.db.now()) }]),
  );
  return { errcode: 0, errmsg: 'ok', msgid: Number.parseInt(randomBytes(6).toString('hex'), 16) } as WxResult;
}

const APIS: Record<string, (req: Record<string, unknown>, ctx: WxContext) => Promise<unknown>> = {
  'security.msgSecCheck': msgSecCheck,
  'subscribeMessage.send': sendSubscribeMessage,
};

/** Answers a `wx.openApi` call with the CommOpenApiResp bytes. */
export async function wxOpenApi(p: Record<string, unknown>, ctx: WxContext): Promise<Buffer> {
  if (typeof p.wxCloudApiToken !== 'string' || p.wxCloudApiToken === '') {
    return encodeOpenApiResponse({ errorCode: ILLEGAL_INVOCATION_SOURCE });
  }
  const apiName = String(p.apiName ?? '');
  const bytes = Buffer.isBuffer(p.requestData) ? p.requestData : Buffer.from(String(p.requestData ?? ''), 'utf8');
  let req: Record<string, unknown>;
  try {
    req = decodeOpenApiRequest(bytes);
  } catch (e) {
    if (e instanceof WireError) return encodeOpenApiResponse({ json: { errcode: 47001, errmsg: `data format error: ${e.message}` } });
    throw e;
  }
  const api = APIS[apiName];
  const result = api
    ? await api(req, ctx)
    : { errcode: 48001, errmsg: `api unauthorized (the local emulator does not implement ${apiName || 'an empty apiName'})` };
  return encodeOpenApiResponse({ json: result });
}

import { randomBytes } from 'node:crypto';
import { COLLECTIONS } from '../../../contract/collections';
import type { Answer } from '../db/actions';
import { DbContext, withData } from '../db/context';
import { insertDocs } from '../db/mutate';
import { ErrorCodes, EmulatorError } from '../errors';
import { judgeText, LABELS } from './content-rules';
import { validateSubscribeMessage, WxResult } from './subscribe-message';

/**
 * `callWxOpenApi({ apiName, requestData })` arrives as action `wx.api` with requestData as a JSON string;
 * the SDK returns `JSON.parse(data.responseData)` as `result`. WeChat-level failures are errcodes inside
 * responseData (not CloudBase errors), as on the real platform. Implemented:
 *  - security.msgSecCheck (v2 shape; v1 when `version` is absent) with the rules in content-rules.ts;
 *  - subscribeMessage.send, validated like WeChat, recorded as a document in `outbox_messages`.
 * Any other API answers errcode 48001 (api unauthorized), naming the emulator, so a missing stand-in is loud.
 */
export interface WxContext {
  db: DbContext;
  /** How long a 【超时】 content check hangs before failing with errcode -1. */
  hangMs: number;
  /** Resolves when the emulator closes, to cut hangs short. */
  closing: Promise<void>;
}

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
  const checked = validateSubscribeMessage(req);
  if ('errcode' in checked) return checked;
  await withData(ctx.db, {}, true, (ws) =>
    insertDocs(ws, COLLECTIONS.outbox, [{ ...checked, createdAt: new Date(ctx.db.now()) }]),
  );
  return { errcode: 0, errmsg: 'ok', msgid: Number.parseInt(randomBytes(6).toString('hex'), 16) } as WxResult;
}

const APIS: Record<string, (req: Record<string, unknown>, ctx: WxContext) => Promise<unknown>> = {
  'security.msgSecCheck': msgSecCheck,
  'subscribeMessage.send': sendSubscribeMessage,
};

export async function wxApi(p: Record<string, unknown>, ctx: WxContext): Promise<Answer> {
  const apiName = String(p.apiName ?? '');
  let req: Record<string, unknown> = {};
  if (typeof p.requestData === 'string' && p.requestData) {
    try {
      req = JSON.parse(p.requestData);
    } catch {
      throw new EmulatorError(ErrorCodes.invalidParam, 'requestData is not valid JSON');
    }
  }
  const api = APIS[apiName];
  const result = api
    ? await api(req, ctx)
    : { errcode: 48001, errmsg: `api unauthorized (the local emulator does not implement ${apiName || 'an empty apiName'})` };
  return { data: { responseData: JSON.stringify(result) } };
}

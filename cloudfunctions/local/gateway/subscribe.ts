import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendError, sendJson } from './http-util';

/**
 * POST /dev/subscribe {templateIds}: the H5 build's stand-in for WeChat's subscription sheet reports the
 * member's 允许. The gateway adds the signed-in dev user and hands it to the emulator's WeChat side
 * (POST /wx/subscribe), as WeChat's client tells WeChat's server; the functions never see this.
 */
export const recordSubscription = async (req: IncomingMessage, res: ServerResponse, openid: string | null): Promise<void> => {
  if (!openid) return sendError(res, 'UNAUTHENTICATED', '请先登录');
  let ids: unknown = [];
  try {
    ids = (JSON.parse((await readBody(req)) || '{}') as { templateIds?: unknown }).templateIds;
  } catch {
    return sendError(res, 'VALIDATION_FAILED', '请求格式不对');
  }
  const accepted = Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string').slice(0, 3) : [];
  const base = (JSON.parse(process.env.TCB_CONTEXT_CNFG ?? '{}') as { URL?: string }).URL?.replace(/\/admin$/, '');
  if (!base) return sendError(res, 'BUSY', '本地云开发没有启动');
  const answer = await fetch(`${base}/wx/subscribe`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ openid, accepted }) });
  sendJson(res, 200, await answer.json());
};

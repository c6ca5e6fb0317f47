import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { httpStatusOf, isErrorCode } from '../../contract/errors';
import type { FunctionName } from '../../contract/define';
import type { Envelope } from '../../contract/envelope';
import type { CloudMain } from './functions';
import { readBody, sendError, sendJson } from './http-util';

/**
 * The context CloudBase hands a function for a call from the mini-program: the caller's OPENID sits in
 * the `environment` JSON, where tcb.getCloudbaseContext(context) reads it. Built here, it lets the
 * unchanged function code find its caller locally exactly as it does in the cloud.
 */
export const cloudContext = (fn: string, openid: string | null) => ({
  request_id: randomUUID(),
  function_name: fn,
  function_version: '$LATEST',
  memory_limit_in_mb: 256,
  time_limit_in_ms: 20_000,
  environment: JSON.stringify({
    ...(openid ? { WX_OPENID: openid, WX_APPID: 'wx-local-demo', WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID' } : {}),
  }),
});

const statusOf = (envelope: Envelope<unknown>): number =>
  envelope.ok ? 200 : isErrorCode(envelope.error?.code) ? httpStatusOf(envelope.error.code) : 500;

/** POST /api/<fn>: { action, input, requestId } → main(event, context) → the envelope, status mapped. */
export const invokeFunction = async (
  main: CloudMain,
  fn: FunctionName,
  openid: string | null,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> => {
  const body = await readBody(req);
  if (body === null) {
    sendError(res, 'PAYLOAD_TOO_LARGE');
    return;
  }
  let event: unknown;
  try {
    event = JSON.parse(body || '{}');
  } catch {
    sendError(res, 'VALIDATION_FAILED', '请求格式不对');
    return;
  }
  const envelope = (await main(event, cloudContext(fn, openid))) as Envelope<unknown>;
  sendJson(res, statusOf(envelope), envelope);
};

import type { FunctionName } from '../contract/define';
import { errorMessage, type ErrorCode } from '../contract/errors';
import { MAX_PAYLOAD_BYTES, type ApiError, type Envelope } from '../contract/envelope';
import { ACTIONS, isActionName, type ActionName } from '../contract/registry';
import { AppError, isAppError } from './app-error';
import { identifyCaller } from './identity';
import type { Deps } from './deps';
import { busyRetryAfterMs } from '../contract/retry';
import { claimEarly } from './early-claim';
import type { IdempotencyClaim } from './idempotency';
import { isTransient } from './transient';
import { RateLimiter } from './rate-limiter';
import type { Handler, Routes } from './routes';
import { fieldErrors, findForbiddenKey } from './validation';
import { holds } from '../contract/roles';

const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;

const fail = (requestId: string, code: ErrorCode, extra: Omit<ApiError, 'code' | 'message'> = {}): Envelope<never> => ({
  ok: false,
  error: { code, message: errorMessage(code), ...extra },
  requestId,
});

const byteLength = (value: unknown): number => {
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
  } catch {
    return Infinity; // circular or otherwise unserialisable: certainly not a valid call
  }
};

/**
 * The call pipeline, the same for every function:
 * size guard → strict parse → identity from the platform context → member and role check, with a
 * write's idempotency claim sent beside the member read → rate limit (a resend of a write is answered
 * from its record first) → use case → envelope. It always resolves; a thrown error would reach the
 * mini-program only as an opaque -504002.
 */
export const makeMain = <F extends FunctionName>(fn: F, routes: Routes<F>, getDeps: () => Deps) => {
  const limiter = new RateLimiter();

  return async (event: unknown, context: unknown): Promise<Envelope<unknown>> => {
    const raw = (typeof event === 'object' && event !== null ? event : {}) as Record<string, unknown>;
    const requestId = typeof raw.requestId === 'string' && REQUEST_ID.test(raw.requestId) ? raw.requestId : '';
    const deps = getDeps();
    try {
      if (byteLength(event) > MAX_PAYLOAD_BYTES) return fail(requestId, 'PAYLOAD_TOO_LARGE');
      if (!requestId) return fail(requestId, 'VALIDATION_FAILED', { fields: { requestId: '缺少请求编号' } });
      const action = raw.action;
      if (!isActionName(action) || ACTIONS[action].fn !== fn) return fail(requestId, 'UNKNOWN_ACTION');
      const def = ACTIONS[action];

      const forbidden = findForbiddenKey(raw.input);
      if (forbidden) return fail(requestId, 'VALIDATION_FAILED', { fields: { [forbidden]: '不允许提交这个填写项' } });
      const parsed = def.input.safeParse(raw.input ?? {});
      if (!parsed.success) return fail(requestId, 'VALIDATION_FAILED', { fields: fieldErrors(parsed.error) });

      // A phone's openid is in the context itself, so a write's claim can go out beside the caller's reads; a
      // desk's principal is known only once its member is read, so its claim waits for that.
      const phoneOpenid = deps.identify(context);
      const now = deps.clock.now();
      // Until the handler holds the claim (early-claim.ts), any way out of this block gives it up, so a refusal
      // still leaves nothing behind.
      let early = def.write && phoneOpenid ? claimEarly(deps.db, { openid: phoneOpenid, action, requestId }, parsed.data, now) : null;
      let claimed = false;
      try {
        const who = await identifyCaller(deps, context, action, raw.actFor);
        if ('refused' in who) return fail(requestId, who.refused);
        const { openid, caller } = who;
        if (def.write && !early) early = claimEarly(deps.db, { openid, action, requestId }, parsed.data, now);
        if (def.access !== 'anyone') {
          if (!caller.member) return fail(requestId, 'NOT_REGISTERED');
          if (!holds(caller.roles, def.access)) return fail(requestId, 'FORBIDDEN');
        }

        const waitMs = limiter.take(`${openid}\u0000${action}`, def.rateLimit, now.getTime(), requestId);
        // A resend is answered from its idempotency record before any limit.
        if (waitMs > 0) return (early && (await early.result()).replay) || fail(requestId, 'RATE_LIMITED', { retryAfterMs: waitMs });

        const handler = routes[action as keyof Routes<F>] as unknown as Handler<ActionName>;
        const run = async (): Promise<Envelope<unknown>> => {
          try {
            const output = await handler({ deps, caller, requestId, action, now }, parsed.data as never);
            return { ok: true, data: def.output.parse(output), requestId };
          } catch (error) {
            if (isAppError(error)) return fail(requestId, error.code, pickExtra(error));
            throw error;
          }
        };
        if (!early) return await run();
        const claim = await early.result();
        if (claim.replay) return claim.replay;
        claimed = true;
        return await runClaimed(run, claim, (error) => deps.log.error('idempotency settle failed', { fn, action, requestId, error: describe(error) }));
      } finally {
        if (early && !claimed) await early.giveUp();
      }
    } catch (error) {
      if (isAppError(error)) return fail(requestId, error.code, pickExtra(error));
      // Refused by the platform for contention, nothing applied (transient.ts): the caller retries by itself.
      if (isTransient(error)) return fail(requestId, 'BUSY', { retryAfterMs: busyRetryAfterMs() });
      deps.log.error('unexpected failure', { fn, action: raw.action, requestId, error: describe(error) });
      return fail(requestId, 'INTERNAL');
    }
  };
};

/**
 * A write that holds its claim: runs the use case, keeps the answer of an effect, gives the claim up otherwise.
 */
const runClaimed = async (run: () => Promise<Envelope<unknown>>, claim: IdempotencyClaim, settleFailed: (error: unknown) => void): Promise<Envelope<unknown>> => {
  let envelope: Envelope<unknown>;
  try {
    envelope = await run();
  } catch (error) {
    await claim.release().catch(() => undefined);
    throw error;
  }
  if (!envelope.ok) {
    // A refusal changed nothing, so it keeps nothing either: the claim is given up, and a resend is judged
    // afresh (the same input is refused the same way; a corrected one is a new request anyway).
    await claim.release().catch(() => undefined);
    return envelope;
  }
  try {
    await claim.settle(envelope);
  } catch (error) {
    // The effect happened: its answer must reach the caller. A retry then finds the claim pending
    // (BUSY) until it is stale, and the use case, written to be re-run, answers the same.
    settleFailed(error);
  }
  return envelope;
};

const pickExtra = (error: AppError): Omit<ApiError, 'code' | 'message'> => ({
  ...(error.fields ? { fields: error.fields } : {}),
  ...(error.retryAfterMs ? { retryAfterMs: error.retryAfterMs } : {}),
});

const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : JSON.stringify(error);


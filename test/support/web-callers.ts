import { randomUUID } from 'node:crypto';
import type { Envelope } from '../../cloudfunctions/contract/envelope';
import { webContext } from '../../cloudfunctions/local/gateway/cloud-auth/context';
import { ALL_ROUTES } from '../../cloudfunctions/features/all-routes';
import { functionOf, type ActionName } from '../../cloudfunctions/contract/registry';
import type { FunctionName } from '../../cloudfunctions/contract/define';
import type { Routes } from '../../cloudfunctions/platform/routes';
import { makeMain } from '../../cloudfunctions/platform/make-main';
import { untilNotBusy } from '../../cloudfunctions/contract/retry';
import { TEST_RETRY_BUDGET_MS, type TestCloud } from './test-cloud';

/** A web caller of the members function, with the context CloudBase gives an HTTP call (no openid). */
export type WebCaller = { uuid: string; customUserId?: string };

export const anonymousDesk = (): WebCaller => ({ uuid: randomUUID().replace(/-/g, '') });

/** One function instance per call of this (each has its own in-memory rate limiter, as on the platform). */
export const webCall = (cloud: TestCloud) => {
  const mains = new Map<FunctionName, ReturnType<typeof makeMain>>();
  const mainOf = (fn: FunctionName) => {
    if (!mains.has(fn)) mains.set(fn, makeMain(fn, ALL_ROUTES[fn] as Routes<FunctionName>, () => cloud.deps));
    return mains.get(fn) as ReturnType<typeof makeMain>;
  };
  return (who: WebCaller, action: string, input: unknown = {}, requestId = randomUUID()) =>
    untilNotBusy(
      () => {
        const fn = functionOf(action as ActionName) ?? 'members';
        return mainOf(fn)({ action, input, requestId }, webContext(fn, { ...who, anonymous: !who.customUserId }, '127.0.0.1')) as Promise<Envelope<any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
      },
      TEST_RETRY_BUDGET_MS,
    );
};

/** The ticket's JWT payload (what the platform checks at /auth/v1/signin/custom). */
export const ticketClaims = (ticket: string): Record<string, number | string> =>
  JSON.parse(Buffer.from(ticket.split('/@@/')[1].split('.')[1], 'base64url').toString('utf8'));

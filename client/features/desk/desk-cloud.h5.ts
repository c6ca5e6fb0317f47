import cloudbase from '@cloudbase/js-sdk/app';
import { registerAuth } from '@cloudbase/js-sdk/auth';
import { registerFunctions } from '@cloudbase/js-sdk/functions';
import { functionFor, type Namespace } from '@contract/functions';
import type { Envelope } from '@contract/envelope';
import { BAD_ANSWER_MESSAGE, NETWORK_MESSAGE } from '../../api/call-api';
import { newRequestId } from '../../api/request-id';
import type { DeskCloud } from './desk-cloud';

/**
 * H5: the unchanged js-sdk. With CLOUD_ENV_ID set at build time the SDK talks to that environment's own
 * endpoints (static hosting); without it (npm start, the e2e suite) to the local gateway on this page's own
 * host, which answers the same protocol (cloudfunctions/local/gateway/cloud-auth). Persistence is the
 * browser's local storage, so a reload keeps the desk signed in for its working day.
 */
const LOCAL_ENV_ID = 'yinling-local';

// The SDK's own modules, only the two the desk uses (sign-in and functions), not the whole SDK with
// database, storage, realtime and AI (the js-sdk README: 按需分模块引入).
registerAuth(cloudbase);
registerFunctions(cloudbase);

type App = ReturnType<typeof cloudbase.init>;
let app: App | null = null;
let auth: ReturnType<App['auth']> | null = null;

const theApp = (): App => {
  if (app) return app;
  app = cloudbase.init({ env: CLOUD_ENV_ID || LOCAL_ENV_ID });
  if (!CLOUD_ENV_ID) {
    app.registerEndPointWithKey({ key: 'GATEWAY', url: `//${window.location.host}/v1`, protocol: window.location.protocol as 'http:' | 'https:' } as never);
  }
  return app;
};
const theAuth = () => (auth ??= theApp().auth({ persistence: 'local' }));

const failed = (message: string): Envelope<never> => ({ ok: false, error: { code: 'INTERNAL', message }, requestId: '' });

const isEnvelope = (value: unknown): value is Envelope<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';

export const deskCloud: DeskCloud = {
  signInAnonymously: async () => {
    if (await theAuth().getLoginState()) return;
    await theAuth().signInAnonymously();
  },
  signInWithTicket: async (ticket) => {
    const answer = (await theAuth().signInWithCustomTicket(async () => ticket)) as unknown as { error?: { message?: string } } | undefined;
    if (answer?.error) throw new Error(answer.error.message ?? 'custom login refused');
  },
  signOut: async () => {
    await theAuth().signOut().catch(() => undefined);
  },
  call: async (action, input) => {
    try {
      const name = functionFor(action as `${Namespace}.${string}`);
      const { result } = await theApp().callFunction({ name, data: { action, input, requestId: newRequestId() } });
      return (isEnvelope(result) ? result : failed(BAD_ANSWER_MESSAGE)) as never;
    } catch (error) {
      // The platform's own refusals (an expired login: 401 INVALID_ACCESS_TOKEN) read as "signed out".
      const code = (error as { code?: string } | null)?.code;
      if (code === 'INVALID_ACCESS_TOKEN' || code === 'ACCESS_TOKEN_EXPIRED') {
        return { ok: false, error: { code: 'DESK_SIGNED_OUT', message: '电脑上的登录已过期，请重新扫码登录' }, requestId: '' } as never;
      }
      return failed(NETWORK_MESSAGE) as never;
    }
  },
};

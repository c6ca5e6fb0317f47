import cloudbase from '@cloudbase/js-sdk/app';
import { registerAuth } from '@cloudbase/js-sdk/auth';
import { registerFunctions } from '@cloudbase/js-sdk/functions';
import type { CallEvent } from '@contract/envelope';
import type { FunctionName } from '@contract/define';
import type { DeskAppAuth } from './desk-app';

/**
 * H5: the unchanged js-sdk. With CLOUD_ENV_ID set at build time the SDK talks to that environment's own
 * endpoints (static hosting); without it (npm start, the e2e suite) to the local gateway on this page's own
 * host, which answers the same protocol (cloudfunctions/local/gateway/cloud-auth). Persistence is the
 * browser's local storage, so a reload keeps the desk signed in for its working day.
 *
 * The sign-in page and every work page opened at the desk share this one app; the phone's H5 pages never
 * load it (transport.h5.ts imports it only for a desk).
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

export const deskAuth = (): DeskAppAuth => (auth ??= theApp().auth({ persistence: 'local' })) as unknown as DeskAppAuth;

export const deskSend = async (fn: FunctionName, event: CallEvent): Promise<unknown> => {
  const { result } = await theApp().callFunction({ name: fn, data: event });
  return result;
};

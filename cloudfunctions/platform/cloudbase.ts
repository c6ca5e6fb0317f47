import tcb from '@cloudbase/node-sdk';
import { systemClock } from './clock';
import { wxContentSafety } from './content-safety';
import { consoleLogger, parseOpenidList, type Deps } from './deps';
import { cloudFiles, type StorageApp } from './files';
import { wxNotifier } from './notifier';
import type { CallWxOpenApi } from './wx-open-api';

/**
 * The production adapter: the real SDK, the current environment, the caller from the per-call context.
 * Locally the very same code runs: the gateway points the SDK at the emulator through process
 * environment (TCB_CONTEXT_CNFG) and builds the context CloudBase would, so there is no dev branch here.
 */
let cached: Deps | null = null;

/** The caller's OPENID, which WeChat injects into the per-call context (never from the payload). */
export const identifyFromContext = (context: unknown): string | null => {
  if (typeof context !== 'object' || context === null) return null;
  const openid = tcb.getCloudbaseContext(context as never).WX_OPENID;
  return typeof openid === 'string' && openid.length > 0 ? openid : null;
};

export const cloudbaseDeps = (): Deps => {
  if (cached) return cached;
  const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
  const callWxOpenApi: CallWxOpenApi = (request, options) => app.callWxOpenApi(request, options);
  cached = {
    db: app.database(),
    clock: systemClock,
    identify: identifyFromContext,
    adminOpenids: parseOpenidList(process.env.ADMIN_OPENIDS),
    contentSafety: wxContentSafety(callWxOpenApi),
    notifier: wxNotifier(callWxOpenApi, consoleLogger),
    files: cloudFiles(app as unknown as StorageApp),
    log: consoleLogger,
  };
  return cached;
};

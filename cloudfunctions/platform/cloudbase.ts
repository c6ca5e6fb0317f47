import tcb from '@cloudbase/node-sdk';
import { systemClock, type Clock } from './clock';
import { wxContentSafety } from './content-safety';
import { parseOpenidList, type Deps } from './deps';
import { consoleLogger, type Logger } from './logger';
import { cloudFiles, type StorageApp } from './files';
import { makeNotifier } from './notifier';
import { parseTemplateIds } from './template-ids';
import { compatibleOpenApi, type CompatibleOpenApiApp } from './wx-open-api';

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

type App = ReturnType<typeof tcb.init>;

export interface DepsOptions {
  clock?: Clock;
  log?: Logger;
  /** How long a content check may take before the text is held for review. */
  contentCheckMs?: number;
  adminOpenids?: ReadonlySet<string>;
}

/** Everything a use case touches, built from one SDK app (production and tests alike). */
export const depsFromApp = (app: App, options: DepsOptions = {}): Deps => {
  const db = app.database();
  const clock = options.clock ?? systemClock;
  const log = options.log ?? consoleLogger;
  const callWxOpenApi = compatibleOpenApi(app as unknown as CompatibleOpenApiApp);
  return {
    db,
    clock,
    identify: identifyFromContext,
    adminOpenids: options.adminOpenids ?? parseOpenidList(process.env.ADMIN_OPENIDS),
    contentSafety: wxContentSafety(callWxOpenApi, options.contentCheckMs),
    notifier: makeNotifier({ db, clock, callWxOpenApi, templateIds: parseTemplateIds(process.env.SUBSCRIBE_TEMPLATE_IDS), log }),
    files: cloudFiles(app as unknown as StorageApp),
    log,
  };
};

export const cloudbaseDeps = (): Deps => (cached ??= depsFromApp(tcb.init({ env: tcb.SYMBOL_CURRENT_ENV })));

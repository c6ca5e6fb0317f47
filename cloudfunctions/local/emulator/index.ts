import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { COLLECTIONS } from '../../contract/collections';
import { INDEXES, IndexSpec } from '../../platform/indexes';
import { databaseActions } from './db/actions';
import type { DbContext } from './db/context';
import type { IndexDef } from './db/sorted-index';
import { deepClone } from './db/values';
import { DocLocks } from './db/doc-locks';
import { TRANSACTION_LIFETIME_MS, TxManager } from './db/transactions';
import { transactionActions } from './db/tx-actions';
import type { Doc } from './ejson';
import { localConsoleTemplates, type ConsoleTemplates } from './openapi/console-templates';
import { acceptTemplates, SUBSCRIPTIONS } from './openapi/subscriptions';
import { wxOpenApi } from './openapi/wx-api';
import { ActionHandler, createRequestListener, RawActionHandler } from './server';
import { RequestStats, Stats } from './stats';
import { storageActions } from './storage/actions';
import { FileStore } from './storage/files';
import { DurableStore } from './store/durable-store';

export { pointSdkAtEmulator, fenceSdkOffline } from './sdk-env';
export type { Stats } from './stats';

/**
 * The local CloudBase emulator: database, transactions, storage and the WeChat open APIs the
 * app uses, answering @cloudbase/node-sdk in CloudBase's own wire format. Start it, then call
 * `pointSdkAtEmulator(emulator.url, emulator.envId)` before the SDK makes its first call.
 */
export interface EmulatorOptions {
  dataDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Refuse queries no declared index serves (tests). */
  strictIndexes?: boolean;
  envId?: string;
  /** Index declarations on top of cloudfunctions/platform/indexes.ts (test-only collections). */
  extraIndexes?: IndexSpec[];
  /** Collections that exist without any index (tests); declared ones always exist. */
  extraCollections?: string[];
  /** A transaction left open this long is aborted (default 10 s). */
  transactionTimeoutMs?: number;
  /** A writer waiting longer than this for an open transaction gets a conflict/timeout (default 5 s). */
  lockWaitMs?: number;
  /** How long a 【超时】 content check hangs (default 3 s). */
  openApiHangMs?: number;
  /** Journal size that triggers compaction into a snapshot (default 8 MiB). */
  compactBytes?: number;
  /** Simulated network time per SDK request, in ms (bench only; default 0). */
  latencyMs?: number;
  /** The mini-program's subscribe-message templates as applied in the console (default: config's `local`). */
  templates?: ConsoleTemplates;
  /** Clock for serverDate() and createdAt (tests may fix it). */
  now?: () => number;
}

export interface Emulator {
  /** The /admin URL to put in TCB_CONTEXT_CNFG. */
  url: string;
  baseUrl: string;
  port: number;
  envId: string;
  stats(): Stats;
  resetStats(): void;
  /** Changes the simulated network time per request (the bench's platform round trip). */
  setLatency(ms: number): void;
  /** A user's 允许 in WeChat's subscribe sheet: one message each for these templates. */
  acceptSubscriptions(openid: string, templateIds: string[]): Promise<void>;
  /** Every collection's committed documents, for before/after comparisons in tests. */
  snapshot(): Promise<Record<string, unknown[]>>;
  /** Folds the journal into a snapshot now (normally automatic). */
  compact(): Promise<void>;
  close(): Promise<void>;
}

export function indexDefsOf(specs: IndexSpec[]): Map<string, IndexDef[]> {
  const out = new Map<string, IndexDef[]>();
  for (const s of specs) {
    const def: IndexDef = { name: s.name, fields: s.keys.map((k) => k.field), dirs: s.keys.map((k) => k.direction), unique: !!s.unique };
    out.set(s.collection, [...(out.get(s.collection) ?? []), def]);
  }
  return out;
}

export async function startEmulator(opts: EmulatorOptions): Promise<Emulator> {
  const envId = opts.envId ?? 'local-env';
  const specs = [...INDEXES, ...(opts.extraIndexes ?? [])];
  const indexDefs = indexDefsOf(specs);
  const declared = new Set<string>([...Object.values(COLLECTIONS), ...specs.map((s) => s.collection), ...(opts.extraCollections ?? []), SUBSCRIPTIONS]);
  const store = await DurableStore.open({ dataDir: opts.dataDir, indexDefs, declaredCollections: declared, compactBytes: opts.compactBytes });
  const now = opts.now ?? Date.now;
  const lockWaitMs = opts.lockWaitMs ?? 5000;
  const locks = new DocLocks();
  const tx = new TxManager(store, locks, { timeoutMs: opts.transactionTimeoutMs ?? TRANSACTION_LIFETIME_MS });
  const db: DbContext = { store, tx, locks, strict: !!opts.strictIndexes, indexDefs, lockWaitMs, now };
  const files = new FileStore(opts.dataDir, envId);
  const stats = new RequestStats();
  let baseUrl = '';
  let signalClosing: () => void = () => undefined;
  const closing = new Promise<void>((r) => (signalClosing = r));

  const actions: Record<string, ActionHandler> = {};
  for (const [name, h] of Object.entries({ ...databaseActions, ...transactionActions })) actions[name] = (p) => h(p, db);
  for (const [name, h] of Object.entries(storageActions)) actions[name] = (p) => h(p, { files, baseUrl: () => baseUrl });
  const templates = opts.templates ?? localConsoleTemplates();
  const rawActions: Record<string, RawActionHandler> = {
    'wx.openApi': (p) => wxOpenApi(p, { db, templates, hangMs: opts.openApiHangMs ?? 3000, closing }),
  };
  const acceptSubscriptions = (openid: string, ids: string[]) => acceptTemplates(db, openid, ids);

  let latencyMs = opts.latencyMs ?? 0;
  const server = createServer(createRequestListener({ actions, rawActions, acceptSubscriptions, stats, files, latencyMs: () => latencyMs }));
  // The SDK's keep-alive agent frees idle sockets after 4.8 s; a longer server timeout avoids racing it.
  server.keepAliveTimeout = 60_000;
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  }).catch(async (e) => {
    await store.close();
    throw e;
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  let closed: Promise<void> | null = null;
  return {
    url: `${baseUrl}/admin`,
    baseUrl,
    port,
    envId,
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    acceptSubscriptions,
    setLatency: (ms) => {
      latencyMs = ms;
    },
    snapshot: async () => {
      const out: Record<string, Doc[]> = {};
      for (const name of store.names()) out[name] = store.get(name)!.all().map(deepClone);
      return out;
    },
    compact: () => withLock(store, () => store.compact()),
    close: () =>
      (closed ??= (async () => {
        signalClosing();
        tx.abortAll();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
          setTimeout(() => server.closeAllConnections(), 1000).unref();
        });
        // Let a commit that is already writing finish before the journal closes.
        await withLock(store, () => store.close());
      })()),
  };
}

async function withLock<T>(store: DurableStore, fn: () => Promise<T>): Promise<T> {
  const owner = {};
  await store.lock.acquire(owner, 60_000, () => new Error('store busy'));
  try {
    return await fn();
  } finally {
    store.lock.release(owner);
  }
}

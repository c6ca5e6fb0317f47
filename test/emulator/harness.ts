import { REAL_ENV_ID, REAL_MODE } from './offline-fence';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tcb from '@cloudbase/node-sdk';
import { Emulator, EmulatorOptions, pointSdkAtEmulator, startEmulator } from '../../cloudfunctions/local/emulator';
import { TEST_COLLECTIONS, TEST_INDEXES, UNINDEXED } from './test-collections';

/**
 * One harness for the whole emulator suite, which holds the emulator to CloudBase's own behaviour. By
 * default it starts the emulator (port 0, temp data dir, strict indexes) and points the real SDK at it.
 * With TCB_ENV_ID + TENCENTCLOUD_SECRETID/KEY set it runs the same tests against that real CloudBase
 * environment instead, in freshly created collections with a random prefix; emulator-only checks are then
 * skipped with their reason in the test name.
 */
export type App = ReturnType<typeof tcb.init>;
export type Db = ReturnType<App['database']>;

/** The CloudBase under test: the local emulator, or a real environment in real mode. */
export interface CloudBase {
  mode: 'emulator' | 'real';
  app: App;
  db: Db;
  /** The real collection name for a logical test collection (prefixed in real mode). */
  coll: (name: string) => string;
  /** The emulator, in emulator mode. */
  emulator?: Emulator;
  dataDir?: string;
  close(): Promise<void>;
}

export const MODE: 'emulator' | 'real' = REAL_MODE ? 'real' : 'emulator';

/** `it` in emulator mode; in real mode a skipped test whose name says why. */
export function itEmulatorOnly(name: string, reason: string, fn: () => Promise<void>, timeout?: number): void {
  if (MODE === 'emulator') it(name, fn, timeout);
  else it.skip(`${name} [skipped on real CloudBase: ${reason}]`, fn);
}

export async function startCloudBase(opts: Partial<EmulatorOptions> = {}): Promise<CloudBase> {
  if (MODE === 'real') return startReal();
  const dataDir = mkdtempSync(join(tmpdir(), 'contract-'));
  const emulator = await startEmulator({
    dataDir,
    port: 0,
    strictIndexes: true,
    envId: 'contract-env',
    extraIndexes: TEST_INDEXES,
    extraCollections: [UNINDEXED],
    ...opts,
  });
  pointSdkAtEmulator(emulator.url, emulator.envId);
  const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
  return {
    mode: 'emulator',
    app,
    db: app.database(),
    coll: (name) => name,
    emulator,
    dataDir,
    close: async () => {
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function startReal(): Promise<CloudBase> {
  const app = tcb.init({ env: REAL_ENV_ID });
  const db = app.database();
  const prefix = `ct_${randomBytes(4).toString('hex')}_`;
  const names = [...Object.values(TEST_COLLECTIONS), UNINDEXED];
  for (const n of names) await db.createCollection(prefix + n);
  const coll = (name: string) => prefix + name;
  return {
    mode: 'real',
    app,
    db,
    coll,
    close: async () => {
      // node-sdk cannot drop collections; empty them so the prefixed leftovers cost nothing.
      const _ = db.command;
      for (const n of names) await db.collection(coll(n)).where({ _id: _.exists(true) }).remove();
    },
  };
}

/** The error a rejected SDK call carries (`code` is CloudBase's error code). */
export async function errorOf(p: Promise<unknown>): Promise<{ code?: string; message?: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code?: string; message?: string };
  }
  throw new Error('expected the call to fail, it succeeded');
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tcb from '@cloudbase/node-sdk';
import type { Envelope } from '../../cloudfunctions/contract/envelope';
import type { ActionName, InputOf, OutputOf } from '../../cloudfunctions/contract/registry';
import { pointSdkAtEmulator, startEmulator, type Emulator } from '../../cloudfunctions/local/emulator';
import { cloudContext } from '../../cloudfunctions/local/gateway/invoke';
import { seedDemoCounty } from '../../cloudfunctions/local/seed/seed';
import { membersRoutes } from '../../cloudfunctions/features/members/routes';
import { FixedClock } from '../../cloudfunctions/platform/clock';
import { identifyFromContext } from '../../cloudfunctions/platform/cloudbase';
import type { Database } from '../../cloudfunctions/platform/database';
import type { Deps } from '../../cloudfunctions/platform/deps';
import { makeMain } from '../../cloudfunctions/platform/make-main';

/** 2026-11-28 10:00 in Asia/Shanghai: a Saturday, so working-day rules have something to do. */
export const TEST_NOW = '2026-11-28T02:00:00.000Z';

export interface TestCloud {
  emulator: Emulator;
  db: Database;
  clock: FixedClock;
  deps: Deps;
  /** Server-side errors the pipeline logged (never sent to the client). */
  logged: Array<{ message: string; detail: Record<string, unknown> }>;
  /** Calls an action as `openid` (null: no identity) through the real pipeline and the real SDK. */
  call<A extends ActionName>(openid: string | null, action: A, input: InputOf<A> | unknown, requestId?: string): Promise<Envelope<OutputOf<A>>>;
  /** Raw event, for tests of malformed calls. */
  invoke(openid: string | null, event: unknown): Promise<Envelope<unknown>>;
  seed(): Promise<void>;
  /** Every collection's documents, for "nothing changed" assertions. */
  snapshot(): Promise<Record<string, unknown[]>>;
  close(): Promise<void>;
}

/**
 * A fresh emulator with its own data folder, strict about indexes, and the members function wired
 * to it with a fixed clock: the component layer of DESIGN §7.
 */
export const startTestCloud = async (): Promise<TestCloud> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yinling-test-'));
  const emulator = await startEmulator({ dataDir, port: 0, strictIndexes: true });
  pointSdkAtEmulator(emulator.url, 'yinling-test');
  const db: Database = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();
  const clock = new FixedClock(TEST_NOW);
  const logged: TestCloud['logged'] = [];
  const deps: Deps = {
    db,
    clock,
    identify: identifyFromContext,
    adminOpenids: new Set(),
    log: { error: (message, detail) => logged.push({ message, detail }) },
  };
  const mains = { members: makeMain('members', membersRoutes, () => deps) };
  const invoke = (openid: string | null, event: unknown) => mains.members(event, cloudContext('members', openid));
  return {
    emulator,
    db,
    clock,
    deps,
    logged,
    call: (openid, action, input, requestId = randomUUID()) =>
      invoke(openid, { action, input, requestId }) as Promise<Envelope<OutputOf<typeof action>>>,
    invoke,
    seed: async () => {
      await seedDemoCounty(db, clock.now());
    },
    snapshot: () => emulator.snapshot(),
    close: async () => {
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

/** Narrows an envelope to its data, failing the test with the error when it is not ok. */
export const dataOf = <T>(envelope: Envelope<T>): T => {
  if (!envelope.ok) throw new Error(`expected ok, got ${envelope.error.code}: ${JSON.stringify(envelope.error)}`);
  return envelope.data;
};

export const errorOf = (envelope: Envelope<unknown>) => {
  if (envelope.ok) throw new Error(`expected an error, got ok: ${JSON.stringify(envelope.data)}`);
  return envelope.error;
};

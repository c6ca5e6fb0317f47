import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tcb from '@cloudbase/node-sdk';
import type { Envelope } from '../../cloudfunctions/contract/envelope';
import type { FunctionName } from '../../cloudfunctions/contract/define';
import { untilNotBusy } from '../../cloudfunctions/contract/retry';
import { functionOf, isActionName, type ActionName, type InputOf, type OutputOf } from '../../cloudfunctions/contract/registry';
import { pointSdkAtEmulator, startEmulator, type Emulator } from '../../cloudfunctions/local/emulator';
import { cloudContext } from '../../cloudfunctions/local/gateway/invoke';
import { applyLocalFunctionConfig } from '../../cloudfunctions/local/function-config';
import { ensureCustomLoginKey } from '../../cloudfunctions/local/desk-login-key';
import { seedDemoCounty } from '../../cloudfunctions/local/seed/seed';
import { ALL_ROUTES } from '../../cloudfunctions/features/all-routes';
import type { Routes } from '../../cloudfunctions/platform/routes';
import { FixedClock } from '../../cloudfunctions/platform/clock';
import { depsFromApp } from '../../cloudfunctions/platform/cloudbase';
import type { Deps } from '../../cloudfunctions/platform/deps';
import type { Database } from '../../cloudfunctions/platform/database';
import { makeMain } from '../../cloudfunctions/platform/make-main';

/** 2026-11-28 10:00 in Asia/Shanghai: a Saturday, so working-day rules have something to do. */
export const TEST_NOW = '2026-11-28T02:00:00.000Z';

/**
 * How long the test cloud keeps retrying BUSY. The client gives up after RETRY_BUDGET_MS (20 s), but a CI
 * machine running two lanes at once can be many times slower than the platform, and a test asserts
 * outcomes, never speed: how many answers of a burst land past the client's budget is a bench figure.
 */
export const TEST_RETRY_BUDGET_MS = 5 * 60_000;

export interface TestCloud {
  emulator: Emulator;
  db: Database;
  clock: FixedClock;
  deps: Deps;
  /** Server-side errors the pipeline logged (never sent to the client). */
  logged: Array<{ message: string; detail: Record<string, unknown> }>;
  /** Calls an action as `openid` (null: no identity) through the real pipeline and the real SDK. */
  call<A extends ActionName>(openid: string | null, action: A, input: InputOf<A> | unknown, requestId?: string): Promise<Envelope<OutputOf<A>>>;
  callOnce<A extends ActionName>(openid: string | null, action: A, input: InputOf<A> | unknown, requestId?: string): Promise<Envelope<OutputOf<A>>>;
  /** As `call`, by a family helper acting for a member: the event carries `actFor` (a link id) beside the requestId. */
  callFor<A extends ActionName>(openid: string | null, actFor: string, action: A, input: InputOf<A> | unknown, requestId?: string): Promise<Envelope<OutputOf<A>>>;
  /** Raw event to one function (default `members`), for tests of malformed calls. */
  invoke(openid: string | null, event: unknown, fn?: FunctionName): Promise<Envelope<unknown>>;
  seed(): Promise<void>;
  /** Every collection's documents, for "nothing changed" assertions. */
  snapshot(): Promise<Record<string, unknown[]>>;
  close(): Promise<void>;
}

/**
 * A fresh emulator with its own data folder, strict about indexes, and every function wired to it
 * through the real SDK with a fixed clock: the component test layer. Content safety and
 * subscribe messages go through the emulator's open API (deterministic verdicts, the outbox).
 */
export const startTestCloud = async (options: { openApiHangMs?: number } = {}): Promise<TestCloud> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yinling-test-'));
  // The emulator's environment is the one the SDK names, as in CloudBase (fileIDs carry it).
  const emulator = await startEmulator({ dataDir, port: 0, strictIndexes: true, envId: 'yinling-test', openApiHangMs: options.openApiHangMs ?? 3000 });
  pointSdkAtEmulator(emulator.url, 'yinling-test');
  applyLocalFunctionConfig(); // the demo county's function configuration, as the local stack has it
  ensureCustomLoginKey('yinling-test'); // the desk's custom-login key (DESK_LOGIN_KEY)
  const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
  const clock = new FixedClock(TEST_NOW);
  const logged: TestCloud['logged'] = [];
  const log = { error: (message: string, detail: Record<string, unknown>) => void logged.push({ message, detail }) };
  // Shorter than the emulator's 【超时】 hang, so the timeout path is what tests see.
  const deps = depsFromApp(app, { clock, log, contentCheckMs: 1000, adminOpenids: new Set() });
  const db: Database = deps.db;
  const mains = new Map<FunctionName, ReturnType<typeof makeMain>>();
  const mainOf = (fn: FunctionName) => {
    let main = mains.get(fn);
    if (!main) {
      const routes = ALL_ROUTES[fn] as Routes<FunctionName> | undefined;
      if (!routes) throw new Error(`no routes for function ${fn}: add them to cloudfunctions/features/all-routes.ts`);
      main = makeMain(fn, routes, () => deps);
      mains.set(fn, main);
    }
    return main;
  };
  const invoke = (openid: string | null, event: unknown, fn: FunctionName = 'members') => mainOf(fn)(event, cloudContext(fn, openid));
  return {
    emulator,
    db,
    clock,
    deps,
    logged,
    // As the client's call layer does (client/api/call-api.ts): BUSY is retried with the same requestId,
    // with the client's pauses but a budget that only catches a hung call (see TEST_RETRY_BUDGET_MS).
    call: (openid, action, input, requestId = randomUUID()) =>
      untilNotBusy(
        () => invoke(openid, { action, input, requestId }, isActionName(action) ? functionOf(action) : 'members') as Promise<Envelope<OutputOf<typeof action>>>,
        TEST_RETRY_BUDGET_MS,
      ),
    /** One attempt, no retry: what a single function invocation answers. */
    callOnce: (openid, action, input, requestId = randomUUID()) =>
      invoke(openid, { action, input, requestId }, isActionName(action) ? functionOf(action) : 'members') as Promise<Envelope<OutputOf<typeof action>>>,
    callFor: (openid, actFor, action, input, requestId = randomUUID()) =>
      untilNotBusy(
        () => invoke(openid, { action, input, requestId, actFor }, isActionName(action) ? functionOf(action) : 'members') as Promise<Envelope<OutputOf<typeof action>>>,
        TEST_RETRY_BUDGET_MS,
      ),
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

import { ERRORS, errorMessage } from '../../cloudfunctions/contract/errors';
import type { Envelope } from '../../cloudfunctions/contract/envelope';
import { ACTIONS, actionNames, type ActionName } from '../../cloudfunctions/contract/registry';
import { ALL_ROUTES } from '../../cloudfunctions/features/all-routes';
import { PLACEHOLDER_SECRET_ID, PLACEHOLDER_SECRET_KEY } from '../../cloudfunctions/local/emulator/sdk-env';
import type { Deps } from '../../cloudfunctions/platform/deps';
import { makeMain } from '../../cloudfunctions/platform/make-main';
import type { Routes } from '../../cloudfunctions/platform/routes';
import type { FunctionName } from '../../cloudfunctions/contract/define';
import { EXAMPLES } from '../support/action-examples';
import { explodingDb, faultyDb } from '../support/faulty-db';
import { startTestCloud, type TestCloud } from '../support/test-cloud';

/** Values that must never reach a caller: they sit in the environment, the function context and server-side errors. */
const CANARY = {
  requestId: 'ctx-canary-7f3a9c1e',
  appid: 'wx-canary-appid-5521',
  contextExtra: 'ctx-secret-canary-0042',
  path: '/work/main/cloudfunctions/platform/secret-canary.ts',
  secret: 'env-secret-canary-9x7',
};

/** A stack line, a source or system path, or an error's own text. */
const LEAK_PATTERNS = [/\n\s*at\s/, /\bat\s+\S+\s+\(/, /\.(ts|js|mjs|cjs):\d+/, /\/(work|tmp|home|root|usr|var|opt)\//, /node_modules/, /[A-Z]:\\/, /\b(TypeError|ReferenceError|Error):/];

const SHAPE = new Set(['code', 'message', 'fields', 'retryAfterMs']);

/**
 * No error answer carries a stack, an environment value, the function context or a server-side
 * error's text, whatever went wrong: bad input, a refusal, or a fault inside the function. Every
 * action of the registry, through the real pipeline, with canaries planted where leaks come from.
 */
describe('leaks: error answers say only what the member needs', () => {
  let cloud: TestCloud;
  const mains = new Map<FunctionName, ReturnType<typeof makeMain>>();
  let deps: Deps;
  const figures = { answers: 0, byKind: { badInput: 0, denied: 0, fault: 0 } as Record<string, number> };
  let secrets: string[];

  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    process.env.YINLING_LEAK_CANARY = CANARY.secret;
    secrets = [
      ...Object.values(CANARY),
      PLACEHOLDER_SECRET_ID,
      PLACEHOLDER_SECRET_KEY,
      process.env.TENCENTCLOUD_SESSIONTOKEN ?? 'unset-session-token',
      process.env.TCB_CONTEXT_CNFG ?? 'unset-context-config',
      cloud.emulator.url,
    ];
    deps = { ...cloud.deps };
    // The function mains under test read `deps` per call, so a test may swap its database.
    for (const fn of new Set(actionNames.map((a) => ACTIONS[a].fn))) mains.set(fn, makeMain(fn, ALL_ROUTES[fn] as Routes<FunctionName>, () => deps));
  });
  afterAll(async () => {
    delete process.env.YINLING_LEAK_CANARY;
    console.log(`leaks: ${figures.answers} error answers checked (bad input ${figures.byKind.badInput}, denied ${figures.byKind.denied}, internal fault ${figures.byKind.fault}), none carried a stack, path, env value or context`);
    await cloud.close();
  });

  /** The platform context, as CloudBase passes it, with canaries in it. */
  const context = (fn: string, openid: string | null) => ({
    request_id: CANARY.requestId,
    function_name: fn,
    function_version: '$LATEST',
    memory_limit_in_mb: 256,
    time_limit_in_ms: 20_000,
    secret_note: CANARY.contextExtra,
    environment: JSON.stringify(openid ? { WX_OPENID: openid, WX_APPID: CANARY.appid, WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID' } : {}),
  });

  const call = (openid: string | null, action: ActionName, input: unknown) =>
    (mains.get(ACTIONS[action].fn) as ReturnType<typeof makeMain>)({ action, input, requestId: `leak${Math.random().toString(36).slice(2, 12)}` }, context(ACTIONS[action].fn, openid));

  const checkClean = (kind: string, action: ActionName, res: Envelope<unknown>) => {
    expect({ action, kind, ok: res.ok }).toEqual({ action, kind, ok: false });
    if (res.ok) return;
    figures.answers += 1;
    figures.byKind[kind] += 1;
    const text = JSON.stringify(res);
    const { error } = res;
    expect({ action, kind, extraKeys: Object.keys(error).filter((k) => !SHAPE.has(k)), topKeys: Object.keys(res).sort() })
      .toEqual({ action, kind, extraKeys: [], topKeys: ['error', 'ok', 'requestId'] });
    expect(Object.prototype.hasOwnProperty.call(ERRORS, error.code)).toBe(true);
    expect(error.message).toBe(errorMessage(error.code)); // the fixed Chinese sentence, never an exception's text
    expect({ action, kind, code: error.code, found: leaksIn(text) }).toEqual({ action, kind, code: error.code, found: [] });
  };
  const leaksIn = (text: string) => [...secrets.filter((s) => text.includes(s)), ...LEAK_PATTERNS.filter((p) => p.test(text)).map(String)];

  it('the detector itself finds a planted stack, path, env value and context value', () => {
    const stack = new Error('boom').stack ?? '';
    expect(leaksIn(JSON.stringify({ message: stack })).length).toBeGreaterThan(0);
    expect(leaksIn(JSON.stringify({ fields: { x: `见 ${CANARY.path}` } })).length).toBeGreaterThan(0);
    expect(leaksIn(JSON.stringify({ fields: { x: process.env.TCB_CONTEXT_CNFG } })).length).toBeGreaterThan(0);
    expect(leaksIn(JSON.stringify({ fields: { x: CANARY.requestId } })).length).toBeGreaterThan(0);
    expect(leaksIn(JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: errorMessage('INTERNAL') } }))).toEqual([]);
  });

  it.each(actionNames)('%s', async (action) => {
    cloud.clock.advance(61_000);
    const { caller, input } = await EXAMPLES[action].prepare(cloud, 0);

    // Bad input of every sort: wrong shape, wrong types, unknown and operator keys, oversize.
    const bad: unknown[] = ['x', [1, 2], { __canary: CANARY.secret }, { $where: CANARY.path }, { page: { $gt: 1 } }, { a: 'x'.repeat(200_000) }];
    if (input && typeof input === 'object' && !Array.isArray(input)) {
      for (const key of Object.keys(input)) bad.push({ ...(input as object), [key]: { nested: [CANARY.path] } });
    }
    for (const b of bad) checkClean('badInput', action, await call(caller, action, b));

    // Refused: no identity, not registered, and people the action is not for (when there are any).
    for (const openid of [null, 'stranger-leak', 'demo-member-7', 'demo-secretary-education']) {
      const res = await call(openid, action, input);
      if (!res.ok) checkClean('denied', action, res);
    }

    // Faults: the database fails before the use case (loading the caller) and, for writes, inside it.
    const message = `${CANARY.secret} at ${CANARY.path}:12:7 ${process.env.TCB_CONTEXT_CNFG}`;
    const real = deps.db;
    try {
      deps.db = explodingDb(message);
      checkClean('fault', action, await call(caller, action, input));
      if (ACTIONS[action].write) {
        deps.db = faultyDb(real, { failAt: 1, writes: 0, thrown: 0, message });
        const res = await call(caller, action, input);
        if (!res.ok) checkClean('fault', action, res); // an action whose first write is outside a transaction succeeds here
      }
    } finally {
      deps.db = real;
    }
  });
});

import type { ErrorCode } from '../../cloudfunctions/contract/errors';
import { ACTIONS, actionNames, type ActionName } from '../../cloudfunctions/contract/registry';
import { EXAMPLES } from '../support/action-examples';
import { accessOutcome, CALLER_KINDS, kindOf, openidOf, type CallerKind } from '../support/callers';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { SCOPED } from './role-scopes';
import { HELPER_KINDS, helperCallers, type HelperKind } from '../support/family';

type Outcome = ErrorCode | 'ok';

/**
 * 家人帮办's callers, acting for the example's own caller: only actions declared `helper: true` admit them,
 * and only through an active link held by the very openid that calls.
 */
const helperExpected = (action: ActionName, kind: HelperKind): Outcome => {
  if (!ACTIONS[action].helper) return 'HELPER_NOT_ALLOWED';
  return ({ helper: 'ok', pendingHelper: 'HELPER_LINK_PENDING', endedHelper: 'HELPER_LINK_ENDED', otherHelper: 'HELPER_NOT_LINKED' } as const)[kind];
};

/** Expected answer: the declared access first, then the resource-scoped rule of the use case, else success. */
const expected = (action: ActionName, kind: CallerKind, exampleKind: CallerKind): Outcome => {
  const access = accessOutcome(action, kind);
  if (access !== 'pass') return access;
  if (kind === exampleKind) return 'ok';
  return SCOPED[action]?.[kind] ?? 'ok';
};

/** A refusal, by the pipeline or by the use case, leaves the database byte for byte as it was: no idempotency record either. */
const asText = (snap: Record<string, unknown[]>) => JSON.stringify(snap);

describe('role matrix: every action × every kind of caller', () => {
  let cloud: TestCloud;
  let helpersOf: ReturnType<typeof helperCallers>;
  const figures = { cells: 0, denials: 0, successes: 0 };
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    helpersOf = helperCallers(cloud);
  });
  afterAll(async () => {
    console.log(`role matrix: ${figures.cells} cells over ${actionNames.length} actions × ${CALLER_KINDS.length + HELPER_KINDS.length} kinds, ${figures.denials} denials (database unchanged), ${figures.successes} successes`);
    await cloud.close();
  });

  it.each(actionNames)('%s', async (action) => {
    const example = EXAMPLES[action];
    const prepare = async () => {
      cloud.clock.advance(61_000); // clear of the per-minute rate limits
      return example.prepare(cloud, figures.cells);
    };
    let prepared = await prepare();
    const exampleKind = kindOf(prepared.caller);
    const seen: string[] = [];
    const wanted: string[] = [];
    // The example's own caller last, so every other cell sees the prepared state untouched by it.
    const kinds = [...CALLER_KINDS.filter((k) => k !== exampleKind), ...HELPER_KINDS, exampleKind];
    for (const kind of kinds) {
      const helperKind = (HELPER_KINDS as readonly string[]).includes(kind) ? (kind as HelperKind) : null;
      const want = helperKind ? helperExpected(action, helperKind) : expected(action, kind as CallerKind, exampleKind);
      // A refused action is refused before any link is read; an admitted one is tried through real links.
      const helper = helperKind ? (ACTIONS[action].helper ? (await helpersOf(prepared.caller)).of[helperKind] : { openid: `helper-${kind}`, actFor: 'any-link' }) : null;
      const openid = helper ? helper.openid : kind === exampleKind ? prepared.caller : openidOf(kind as CallerKind);
      const before = await cloud.snapshot();
      const res = helper ? await cloud.callFor(openid, helper.actFor, action, prepared.input) : await cloud.call(openid, action, prepared.input);
      figures.cells += 1;
      const got: Outcome = res.ok ? 'ok' : res.error.code;
      seen.push(`${kind}:${got}`);
      wanted.push(`${kind}:${want}`);
      if (got === 'ok') {
        figures.successes += 1;
        if (ACTIONS[action].write) prepared = await prepare(); // the state was used up: fresh state for the next caller
        continue;
      }
      figures.denials += 1;
      const after = await cloud.snapshot();
      expect({ action, kind, unchanged: asText(after) === asText(before) }).toEqual({ action, kind, unchanged: true });
    }
    expect(seen).toEqual(wanted);
  });
});

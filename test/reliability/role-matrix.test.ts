import type { ErrorCode } from '../../cloudfunctions/contract/errors';
import { ACTIONS, actionNames, type ActionName } from '../../cloudfunctions/contract/registry';
import { EXAMPLES } from '../support/action-examples';
import { accessOutcome, CALLER_KINDS, kindOf, openidOf, type CallerKind } from '../support/callers';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { SCOPED } from './role-scopes';

type Outcome = ErrorCode | 'ok';

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
  const figures = { cells: 0, denials: 0, successes: 0 };
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(async () => {
    console.log(`role matrix: ${figures.cells} cells over ${actionNames.length} actions × ${CALLER_KINDS.length} kinds, ${figures.denials} denials (database unchanged), ${figures.successes} successes`);
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
    const kinds = [...CALLER_KINDS.filter((k) => k !== exampleKind), exampleKind];
    for (const kind of kinds) {
      const want = expected(action, kind, exampleKind);
      const openid = kind === exampleKind ? prepared.caller : openidOf(kind);
      const before = await cloud.snapshot();
      const res = await cloud.call(openid, action, prepared.input);
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

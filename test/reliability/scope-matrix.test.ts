import type { ActionName } from '../../cloudfunctions/contract/registry';
import { SCOPES } from '../../cloudfunctions/contract/scopes';
import { EXAMPLES } from '../support/action-examples';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { ACTIONS } from '../../cloudfunctions/contract/registry';
import { helperCallers } from '../support/family';
import { candidatesFor, fallbackOf, makeWorld, type World } from './scope-candidates';

/**
 * The scope matrix, beside the role matrix: for every action and every input field that names an object
 * (contract/scopes.ts), the example's own caller names an object just outside the field's scope —
 * another branch's, another author's, another team's, withdrawn, or none at all. Each must be refused
 * and leave the database byte for byte as it was (a refused write keeps no idempotency record either).
 */
const COUNTY_WIDE = new Set(['demo-staff-1', 'demo-admin']);

const at = (input: unknown, path: string[]): string | undefined => {
  let here: unknown = input;
  for (const key of path) here = key === '[]' ? (here as unknown[] | undefined)?.[0] : (here as Record<string, unknown> | undefined)?.[key];
  return typeof here === 'string' ? here : undefined;
};

const withValue = (input: unknown, path: string[], value: string): unknown => {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (head === '[]') {
    const list = Array.isArray(input) ? [...input] : [];
    list[0] = withValue(list[0], rest, value);
    return list;
  }
  const object = (input ?? {}) as Record<string, unknown>;
  return { ...object, [head]: withValue(object[head], rest, value) };
};

const asText = (snap: Record<string, unknown[]>) => JSON.stringify(snap);

const cells = (Object.entries(SCOPES) as Array<[ActionName, Record<string, unknown>]>).flatMap(([action, fields]) => Object.keys(fields).map((field) => [action, field] as const));

describe('scope matrix: every field that names an object × an object outside its scope', () => {
  let cloud: TestCloud;
  let world: World;
  let helpersOf: ReturnType<typeof helperCallers>;
  const figures = { fields: 0, cells: 0, refusals: 0, successes: 0, notApplicable: [] as string[] };
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    world = await makeWorld(cloud);
    helpersOf = helperCallers(cloud);
  });
  afterAll(async () => {
    console.log(
      `scope matrix: ${figures.cells} cells over ${figures.fields} fields of ${Object.keys(SCOPES).length} actions, ${figures.refusals} refusals (database unchanged), ${figures.successes} successes (holes)` +
        (figures.notApplicable.length ? `; not tried (field absent from the example): ${figures.notApplicable.join(', ')}` : ''),
    );
    await cloud.close();
  });

  it.each(cells)('%s %s', async (action, field) => {
    figures.fields += 1;
    const decl = SCOPES[action]?.[field];
    if (!decl) throw new Error('undeclared');
    const path = field.split('.');
    const holes: string[] = [];
    const first = await EXAMPLES[action].prepare(cloud, figures.cells);
    for (const candidate of candidatesFor(decl, cloud, world, COUNTY_WIDE.has(first.caller))) {
      cloud.clock.advance(61_000); // clear of the per-minute rate limits
      // An odd index: examples that alternate input shapes then name their objects in a list.
      const prepared = await EXAMPLES[action].prepare(cloud, 2 * figures.cells + 1001);
      // 家人帮办: where a helper may call the action, the example caller's linked helper tries the same object.
      const helper = ACTIONS[action].helper ? (await helpersOf(prepared.caller)).of.helper : null;
      const made = await candidate.make(at(prepared.input, path) ?? fallbackOf(world, decl));
      if (!made) {
        figures.notApplicable.push(`${action} ${field} (${candidate.name})`);
        continue;
      }
      try {
        const before = await cloud.snapshot();
        const res = await cloud.call(prepared.caller, action, withValue(prepared.input, path, made.value));
        figures.cells += 1;
        if (res.ok) {
          figures.successes += 1;
          holes.push(candidate.name);
          continue;
        }
        figures.refusals += 1;
        expect({ candidate: candidate.name, code: res.error.code }).not.toEqual({ candidate: candidate.name, code: 'INTERNAL' });
        const after = await cloud.snapshot();
        expect({ candidate: candidate.name, unchanged: asText(after) === asText(before) }).toEqual({ candidate: candidate.name, unchanged: true });
        if (!helper) continue;
        const byHelper = await cloud.callFor(helper.openid, helper.actFor, action, withValue(prepared.input, path, made.value));
        figures.cells += 1;
        if (byHelper.ok) {
          figures.successes += 1;
          holes.push(`${candidate.name} (by a helper)`);
          continue;
        }
        figures.refusals += 1;
        expect({ candidate: candidate.name, unchanged: asText(await cloud.snapshot()) === asText(after) }).toEqual({ candidate: candidate.name, unchanged: true });
      } finally {
        await made.restore();
      }
    }
    expect({ action, field, accepted: holes }).toEqual({ action, field, accepted: [] });
  });
});

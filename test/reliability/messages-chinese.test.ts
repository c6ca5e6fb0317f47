import fc from 'fast-check';
import { ACTIONS, actionNames } from '../../cloudfunctions/contract/registry';
import { fieldErrors } from '../../cloudfunctions/platform/validation';
import { notPlainChinese } from '../support/chinese-words';
import { inputWith, leavesOf } from '../support/schema-walk';
import { startTestCloud, type TestCloud } from '../support/test-cloud';

/**
 * Every message a refused input can show, for every field of every action: plain Chinese, never a type
 * name or a symbol ("期望 int", "<=50", "NaN"). Each leaf of each input schema gets every wrong kind of
 * value, and fast-check adds arbitrary ones; the words come from contract/zod-messages.ts or the schema.
 */
const WRONG: unknown[] = [
  null, true, 0, -1, 1.5, 1e21, Infinity, -Infinity, NaN, '', ' ', 'x', '长'.repeat(5000), [], [1, 'a'], {}, { a: 1 },
  '2026-13-45T99:99', 'cloud://other-env.bucket/evil.exe', 'a/b', '0'.repeat(65),
];

describe('validation messages are Chinese only', () => {
  const figures = { actions: 0, leaves: 0, cases: 0, messages: 0 };
  afterAll(() => {
    console.log(`validation words: ${figures.cases} inputs over ${figures.leaves} fields of ${figures.actions} actions, ${figures.messages} messages, none with a type name`);
  });

  it.each(actionNames)('%s: every wrong value of every field', (action) => {
    const schema = ACTIONS[action].input;
    const leaves = leavesOf(schema);
    figures.actions += 1;
    figures.leaves += leaves.length;
    const bad: string[] = [];
    const inputs = [...WRONG, ...leaves.flatMap((leaf) => WRONG.map((value) => inputWith(leaf.path, value)))];
    for (const input of inputs) {
      const parsed = schema.safeParse(input);
      figures.cases += 1;
      if (parsed.success) continue;
      const messages = Object.values(fieldErrors(parsed.error));
      figures.messages += messages.length;
      bad.push(...notPlainChinese(messages).map((m) => `${JSON.stringify(input).slice(0, 80)} → ${m}`));
    }
    expect(bad).toEqual([]);
  });

  it('arbitrary values at arbitrary fields (fast-check)', () => {
    const actionArb = fc.constantFrom(...actionNames);
    fc.assert(
      fc.property(actionArb, fc.nat(), fc.anything({ withNullPrototype: false, maxDepth: 2 }), (action, pick, value) => {
        const leaves = leavesOf(ACTIONS[action].input);
        const input = leaves.length ? inputWith(leaves[pick % leaves.length].path, value) : value;
        const parsed = ACTIONS[action].input.safeParse(input);
        if (!parsed.success) expect(notPlainChinese(Object.values(fieldErrors(parsed.error)))).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  describe('through the pipeline', () => {
    let cloud: TestCloud;
    beforeAll(async () => {
      cloud = await startTestCloud();
      await cloud.seed();
    });
    afterAll(() => cloud.close());

    it('1e309 (Infinity after JSON) and a fraction where a whole number belongs, as an elder would see them', async () => {
      for (const pageValue of [Infinity, 1.5, -3]) {
        const res = await cloud.call('demo-member-1', 'lessons.list', { page: pageValue });
        expect(res.ok).toBe(false);
        if (res.ok) continue;
        expect(res.error.code).toBe('VALIDATION_FAILED');
        expect(notPlainChinese([res.error.message, ...Object.values(res.error.fields ?? {})])).toEqual([]);
      }
    });
  });
});

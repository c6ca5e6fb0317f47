import fc from 'fast-check';
import { actionNames } from '../../cloudfunctions/contract/registry';
import { notPlainChinese } from '../support/chinese-words';
import { startTestCloud, type TestCloud } from '../support/test-cloud';

/**
 * Fuzzed inputs for every action in the registry: wrong types, missing and extra fields,
 * huge strings, deep nesting, control and bidi characters, lone surrogates, emoji, long Chinese text.
 * Whatever arrives, the answer is an envelope that is never INTERNAL, worded in plain Chinese, and a rejected
 * call changes nothing.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);

const nasty = fc.constantFrom(
  '', ' ', '\u0000', '\u202Eevil', '\u2066x\u2069', '\uD800', '\uDC00x', '🧓🏻👵', '𠀀𠀁', '\n\r\t',
  '长'.repeat(10_000), 'x'.repeat(70_000), '<script>alert(1)</script>', "'; drop table members; --", '__proto__', '$gt',
);
const scalar = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), nasty, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const deep = fc.integer({ min: 20, max: 200 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
});
const inputArb = fc.oneof(
  scalar,
  deep,
  fc.array(scalar, { maxLength: 5 }),
  fc.dictionary(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('name', 'page', 'pageSize', 'id', 'title', 'content', 'memberId', 'branchId', 'keyword')), fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })), { maxKeys: 6 }),
);

describe('fuzzed inputs, every action', () => {
  let cloud: TestCloud;
  let cases = 0;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(async () => {
    console.log(`fuzz: ${cases} cases over ${actionNames.length} actions`);
    await cloud.close();
  });

  it.each(actionNames)('%s never fails as INTERNAL and changes nothing when it refuses', async (action) => {
    await fc.assert(
      fc.asyncProperty(inputArb, fc.constantFrom('demo-admin', 'demo-staff-1', 'demo-secretary-bureau', 'demo-member-1', 'fuzz-stranger'), async (input, caller) => {
        cases += 1;
        cloud.clock.advance(61_000); // keep rate limits out of the way: they are tested elsewhere
        const before = await cloud.snapshot();
        const res = await cloud.call(caller, action, input);
        expect(res).toHaveProperty('requestId');
        if (!res.ok) {
          expect(res.error.code).not.toBe('INTERNAL');
          expect(notPlainChinese([res.error.message, ...Object.values(res.error.fields ?? {})])).toEqual([]);
          expect(await cloud.snapshot()).toEqual(before);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

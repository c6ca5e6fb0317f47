import { ACTIONS, actionNames } from '../../cloudfunctions/contract/registry';
import { startTestCloud, errorOf, type TestCloud } from '../support/test-cloud';

/**
 * Identity comes from the platform context, never the payload; ids and operators come from us.
 * Iterating the registry, every action — present and future — must refuse these
 * payloads, whoever calls, and change nothing.
 */
const INJECTIONS: Array<[string, unknown]> = [
  ['openid', { openid: 'someone-else' }],
  ['_openid', { _openid: 'someone-else' }],
  ['_id', { _id: 'forced-id' }],
  ['$where', { $where: 'sleep(1000)' }],
  ['__proto__', JSON.parse('{"__proto__": {"isAdmin": true}}')],
  ['nested operator', { filter: { name: { $regex: '.*' } } }],
  ['constructor', { constructor: { prototype: { isAdmin: true } } }],
];

describe('identity and operator injection, every action', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  it.each(actionNames)('%s refuses injected identity, ids and operators', async (action) => {
    const before = await cloud.snapshot();
    for (const [name, input] of INJECTIONS) {
      for (const caller of ['demo-admin', 'demo-member-1', null]) {
        const error = errorOf(await cloud.call(caller, action, input));
        expect({ action, name, caller, code: error.code }).toEqual({ action, name, caller, code: 'VALIDATION_FAILED' });
      }
    }
    expect(await cloud.snapshot()).toEqual(before);
  });

  it('covers every action of the registry', () => {
    expect(actionNames.length).toBe(Object.keys(ACTIONS).length);
    expect(actionNames.length).toBeGreaterThanOrEqual(9);
  });
});

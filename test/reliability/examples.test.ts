import { ACTIONS, actionNames } from '../../cloudfunctions/contract/registry';
import { EXAMPLES } from '../support/action-examples';
import { startTestCloud, type TestCloud } from '../support/test-cloud';

/** The examples every registry-wide suite builds on: each one really succeeds, twice (fresh state each time). */
describe('one valid example per action', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  it('covers exactly the registry', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...actionNames].sort());
  });

  it.each(actionNames)('%s: prepared calls succeed', async (action) => {
    for (const i of [0, 1]) {
      cloud.clock.advance(61_000); // clear of the per-minute rate limits
      const { caller, input } = await EXAMPLES[action].prepare(cloud, i);
      const res = await cloud.call(caller, action, input);
      expect({ action, i, result: res.ok ? 'ok' : res.error }).toEqual({ action, i, result: 'ok' });
    }
    expect(ACTIONS[action]).toBeDefined();
  });
});

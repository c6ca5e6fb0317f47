import { ACTIONS, actionNames } from '../../cloudfunctions/contract/registry';
import { functionFor } from '../../cloudfunctions/contract/functions';

/** The client addresses calls by namespace (contract/functions.ts); every action must agree with its own `fn`. */
describe('the namespace → function map', () => {
  it.each(actionNames)('%s is answered where the registry says', (action) => {
    expect(functionFor(action)).toBe(ACTIONS[action].fn);
  });
});

import { ERRORS } from '../../cloudfunctions/contract/errors';
import { ACTIONS, actionNames } from '../../cloudfunctions/contract/registry';
import { membersRoutes } from '../../cloudfunctions/features/members/routes';

describe('contract registry', () => {
  it('every action names a known error code and a Chinese summary of its errors', () => {
    for (const name of actionNames) {
      for (const code of ACTIONS[name].errors) expect(ERRORS).toHaveProperty(code);
    }
    for (const { message } of Object.values(ERRORS)) expect(message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('every members-function action has a route and every route an action', () => {
    const owned = actionNames.filter((a) => ACTIONS[a].fn === 'members').sort();
    expect(Object.keys(membersRoutes).sort()).toEqual(owned);
  });

  it('only writes are audited, and input schemas refuse unknown keys', () => {
    for (const name of actionNames) {
      const def = ACTIONS[name];
      if (def.audited) expect(def.write).toBe(true);
      const probe = def.input.safeParse({ __unexpected__: 1 });
      expect(probe.success).toBe(false);
    }
  });
});

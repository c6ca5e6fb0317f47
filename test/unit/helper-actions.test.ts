import { ACTIONS, actionNames } from '../../cloudfunctions/contract/registry';
import { holds } from '../../cloudfunctions/contract/roles';

/**
 * 家人帮办: exactly these actions may be called by a linked family helper for the member (`helper: true`),
 * run with the `member` role only. Adding one is a decision about an elder's consent, so it is made here,
 * in the open, not by a flag slipped into an action.
 */
const HELPER_ACTIONS = [
  // reading the member's own messages and statuses
  'members.today', 'messages.list', 'messages.unread', 'ideas.mine', 'ideas.get', 'ideas.similar', 'care.mine',
  'volunteers.activities', 'volunteers.activity', 'volunteers.mine', 'sessions.list', 'sessions.get',
  // acting: a 金点子 and a 求助 (marked 家人代提), signing up for or cancelling an activity or a 小讲堂
  'ideas.submit', 'care.askHelp', 'volunteers.signUp', 'volunteers.cancelSignUp', 'sessions.signUp', 'sessions.cancel',
].sort();

describe('actions a family helper may call', () => {
  it('are exactly the listed ones', () => {
    expect(actionNames.filter((a) => ACTIONS[a].helper).sort()).toEqual(HELPER_ACTIONS);
  });

  it('are all plain member actions: none that roles, staff, the profile or money need', () => {
    for (const a of HELPER_ACTIONS) {
      const { access } = ACTIONS[a as keyof typeof ACTIONS];
      expect({ a, member: access !== 'anyone' && holds(['member'], access) }).toEqual({ a, member: true });
      expect(a).not.toMatch(/^(members\.(grantRole|revokeRole|updateProfile|register)|family\.|care\.(payments|proposePayment|hardship|saveHardship|ledger))/);
    }
  });
});

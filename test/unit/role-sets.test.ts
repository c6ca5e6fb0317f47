import { ACTIONS, actionNames } from '../../cloudfunctions/contract/registry';
import {
  ADMIN, DESK_ROLES, holds, MEMBER, ROLES, SECRETARY, SECRETARY_OR_STAFF, STAFF, STAFF_OR_ADMIN, type Role,
} from '../../cloudfunctions/contract/roles';

const NAMED: ReadonlyArray<readonly Role[]> = [MEMBER, SECRETARY, STAFF, ADMIN, STAFF_OR_ADMIN, SECRETARY_OR_STAFF, DESK_ROLES, ROLES];

/** Admins are not staff: the actions that let an admin in are exactly these, each by its own set. */
const ADMITS_ADMIN: Record<string, readonly Role[]> = {
  'branches.create': ADMIN,
  'branches.rename': ADMIN,
  'members.grantRole': ADMIN,
  'members.revokeRole': ADMIN,
  'members.list': STAFF_OR_ADMIN,
  'volunteers.appointLeader': STAFF_OR_ADMIN,
  'volunteers.checkRecord': STAFF_OR_ADMIN,
  'volunteers.createTeam': STAFF_OR_ADMIN,
  'volunteers.exportLedger': STAFF_OR_ADMIN,
  'volunteers.figures': STAFF_OR_ADMIN,
  'volunteers.removeLeader': STAFF_OR_ADMIN,
  'volunteers.searchTalent': STAFF_OR_ADMIN,
  // the desk's own "who am I": every back-office role signs in at a desk
  'desk.me': DESK_ROLES,
};

describe('role sets, named once (contract/roles.ts)', () => {
  it.each(actionNames)('%s admits anyone or one named set', (action) => {
    const { access } = ACTIONS[action];
    expect(access === 'anyone' || NAMED.includes(access)).toBe(true);
  });

  it('admins get in where they got in before, and nowhere else short of the everyone-sets', () => {
    const admitting = actionNames.filter((a) => {
      const { access } = ACTIONS[a];
      return access !== 'anyone' && access !== ROLES && access.includes('admin');
    });
    expect(Object.fromEntries(admitting.map((a) => [a, ACTIONS[a].access]))).toEqual(ADMITS_ADMIN);
  });

  it('holds reads sets and lists alike', () => {
    expect(holds(new Set<Role>(['member', 'admin']), STAFF)).toBe(false);
    expect(holds(new Set<Role>(['member', 'admin']), STAFF_OR_ADMIN)).toBe(true);
    expect(holds(['member', 'staff'], SECRETARY_OR_STAFF)).toBe(true);
    expect(holds([], MEMBER)).toBe(false);
  });
});

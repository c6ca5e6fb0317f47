import type { ErrorCode } from '../../cloudfunctions/contract/errors';
import { ACTIONS, type ActionName } from '../../cloudfunctions/contract/registry';
import type { Role } from '../../cloudfunctions/contract/roles';
import { LEADER, MEMBER, SECRETARY, STAFF, ADMIN } from './example-fixtures';

/**
 * The kinds of caller the reliability suites try every action with, as people of the seeded demo
 * county. "Own" and "other" are relative to the examples (test/support/action-examples.ts), whose
 * branch is the bureau's and whose team is the one demo-member-3 leads.
 */
export const CALLER_KINDS = ['none', 'unregistered', 'member', 'otherSecretary', 'secretary', 'otherLeader', 'leader', 'staff', 'admin'] as const;
export type CallerKind = (typeof CALLER_KINDS)[number];

const OPENIDS: Record<Exclude<CallerKind, 'none' | 'unregistered'>, string> = {
  member: MEMBER,
  otherSecretary: 'demo-secretary-education',
  secretary: SECRETARY,
  otherLeader: 'demo-member-7', // leads 五老关心下一代服务队, not the examples' team
  leader: LEADER,
  staff: STAFF,
  admin: ADMIN,
};

/** Roles each kind holds in the seed (everyone registered is a member). */
const ROLES_OF: Record<Exclude<CallerKind, 'none' | 'unregistered'>, readonly Role[]> = {
  member: ['member'],
  otherSecretary: ['member', 'secretary'],
  secretary: ['member', 'secretary'],
  otherLeader: ['member'],
  leader: ['member'],
  staff: ['member', 'staff'],
  admin: ['member', 'admin'],
};

let strangers = 0;

/** The openid to call as; every unregistered caller is a new one (a successful register would make it known). */
export const openidOf = (kind: CallerKind): string | null => {
  if (kind === 'none') return null;
  if (kind === 'unregistered') return `stranger-${(strangers += 1)}`;
  return OPENIDS[kind];
};

/** The kind an example's caller is, when it is one of the fixed people (fresh registrants are plain members). */
export const kindOf = (openid: string): CallerKind => {
  const found = (Object.entries(OPENIDS) as Array<[CallerKind, string]>).find(([, id]) => id === openid);
  return found ? found[0] : 'member';
};

/**
 * What the pipeline alone answers from the action's declared access (make-main.ts): no identity,
 * not registered, no role in the list — or 'pass' when the use case decides.
 */
export const accessOutcome = (action: ActionName, kind: CallerKind): ErrorCode | 'pass' => {
  const { access } = ACTIONS[action];
  if (kind === 'none') return 'UNAUTHENTICATED';
  if (access === 'anyone') return 'pass';
  if (kind === 'unregistered') return 'NOT_REGISTERED';
  return access.some((role) => ROLES_OF[kind].includes(role)) ? 'pass' : 'FORBIDDEN';
};

import type { ErrorCode } from '../../cloudfunctions/contract/errors';
import type { ActionName } from '../../cloudfunctions/contract/registry';
import type { CallerKind } from '../support/callers';

type Scope = Partial<Record<CallerKind, ErrorCode>>;
const REGISTERED: CallerKind[] = ['member', 'otherSecretary', 'secretary', 'otherLeader', 'leader', 'staff', 'admin'];
/** Everyone registered but the one the example acts as (expected() lets the example's own kind succeed), and `but`. */
const everyoneElse = (code: ErrorCode, ...but: CallerKind[]): Scope => Object.fromEntries(REGISTERED.filter((k) => !but.includes(k)).map((k) => [k, code]));

/** Run by the team's leaders and staff/admin only (store.ts requireActivityManager, domain canManageTeam). */
const TEAM_MANAGED: Scope = { member: 'FORBIDDEN', otherSecretary: 'FORBIDDEN', secretary: 'FORBIDDEN', otherLeader: 'FORBIDDEN' };
/** Run by the branch's own secretary or staff: another branch's secretary is refused (requireManage / requireRun / secretaryOf). */
const OWN_BRANCH: Scope = { otherSecretary: 'FORBIDDEN' };
/** Branch content is invisible outside the branch: another branch's people do not find it (canRead, session.branchId). */
const BRANCH_VISIBLE: Scope = { otherSecretary: 'NOT_FOUND', otherLeader: 'NOT_FOUND' };
/** Staff act for the whole county, so a branch-scoped call must name the branch (save.ts, branch.ts). */
const STAFF_NAMES_BRANCH: Scope = { staff: 'VALIDATION_FAILED' };

/**
 * The resource-scoped rules, per action, for callers the declared access lets through but the use case
 * refuses. Kinds not named here succeed. Relative to the examples: the bureau branch, demo-member-3's
 * team, and ideas, sign-ups and study of demo-member-1.
 */
/** A desk's login code answers only the caller that asked for it (features/members/desk/code-store.ts requesterCode). */
const DESK_OWN_CODE: Scope = { ...everyoneElse('DESK_CODE_NOT_FOUND'), unregistered: 'DESK_CODE_NOT_FOUND' };
/** Only back-office roles sign in at a desk (requireDeskRole). */
const DESK_ROLE: Scope = { member: 'DESK_FORBIDDEN', otherLeader: 'DESK_FORBIDDEN', leader: 'DESK_FORBIDDEN' };

export const SCOPED: Partial<Record<ActionName, Scope>> = {
  'desk.status': DESK_OWN_CODE,
  'desk.redeem': DESK_OWN_CODE,
  'desk.scan': DESK_ROLE,
  'desk.confirm': DESK_ROLE,
  'members.register': everyoneElse('ALREADY_REGISTERED'),

  'lessons.save': STAFF_NAMES_BRANCH,
  'lessons.deliveries': STAFF_NAMES_BRANCH,
  'lessons.publish': OWN_BRANCH,
  'lessons.withdraw': OWN_BRANCH,
  'lessons.toDraft': OWN_BRANCH,
  'lessons.assignDelivery': OWN_BRANCH,
  'lessons.recordVisit': OWN_BRANCH,
  // A branch lesson is not even visible to another branch's secretary.
  'lessons.branchProgress': { otherSecretary: 'NOT_FOUND' },
  'lessons.get': BRANCH_VISIBLE,
  'lessons.open': BRANCH_VISIBLE,
  'lessons.requestDelivery': BRANCH_VISIBLE,
  // Only a reader the server saw open the lesson may finish it.
  'lessons.finish': everyoneElse('INVALID_STATE'),

  'volunteers.applications': TEAM_MANAGED,
  'volunteers.decideApplication': TEAM_MANAGED,
  'volunteers.postActivity': TEAM_MANAGED,
  'volunteers.editActivity': TEAM_MANAGED,
  'volunteers.cancelActivity': TEAM_MANAGED,
  'volunteers.decideSignUp': TEAM_MANAGED,
  'volunteers.roster': TEAM_MANAGED,
  'volunteers.checkCode': TEAM_MANAGED,
  'volunteers.markAttendance': TEAM_MANAGED,
  'volunteers.correctHours': TEAM_MANAGED,
  // A leader does not simply leave their own team: staff remove leaders.
  'volunteers.leaveTeam': { leader: 'INVALID_STATE' },
  'volunteers.cancelSignUp': everyoneElse('NOT_SIGNED_UP'),
  'volunteers.checkIn': everyoneElse('NOT_SIGNED_UP'),

  // An idea is its author's (and staff's through the staff actions): members' actions find only their own.
  'ideas.withdraw': everyoneElse('NOT_FOUND'),
  'ideas.get': everyoneElse('NOT_FOUND'),
  'ideas.rate': everyoneElse('NOT_FOUND'),
  // 代录 only for a member of the secretary's own branch.
  'ideas.submitFor': OWN_BRANCH,

  // A message is its addressee's: naming someone else's is not found.
  'messages.markRead': everyoneElse('NOT_FOUND'),

  'sessions.get': BRANCH_VISIBLE,
  'sessions.signUp': BRANCH_VISIBLE,
  'sessions.cancel': { ...everyoneElse('SESSION_NOT_SIGNED_UP'), ...BRANCH_VISIBLE },
  'sessions.checkIn': { ...everyoneElse('SESSION_NOT_SIGNED_UP'), ...BRANCH_VISIBLE },
  'sessions.openAttendance': OWN_BRANCH,
  'sessions.reopenSignup': OWN_BRANCH,
  'sessions.roster': OWN_BRANCH,
  'sessions.mark': OWN_BRANCH,
  'sessions.close': OWN_BRANCH,
  'sessions.cancelSession': OWN_BRANCH,
  'sessions.addWalkIn': OWN_BRANCH,

  // 关爱服务: a person's ledger, visits and problems are for staff and their own branch's secretary (features/care/access.ts).
  'care.ledger': OWN_BRANCH,
  'care.addEntry': OWN_BRANCH,
  'care.recordVisit': OWN_BRANCH,
  'care.moveProblem': OWN_BRANCH,
  'care.tickWelcome': OWN_BRANCH,
  'care.welcome': OWN_BRANCH,

  // 家人帮办: a member's own code is for someone else; a link is answered by its member, ended by its member
  // or their branch's secretary, and its spoken consent recorded by that secretary only.
  'family.confirm': everyoneElse('NOT_FOUND'),
  'family.end': everyoneElse('NOT_FOUND', 'secretary'),
  'family.recordConsent': { otherSecretary: 'MEMBER_NOT_IN_BRANCH' },
  'family.inviteFor': { otherSecretary: 'MEMBER_NOT_IN_BRANCH' },
};

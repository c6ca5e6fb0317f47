import { COLLECTIONS } from '../contract/collections';

/**
 * Indexes as code. The deploy step creates these in CloudBase; the local emulator
 * enforces the unique ones and, in tests, refuses a query that none of them serves.
 * `_id` is always indexed and unique and is not declared here.
 */
export interface IndexKey {
  field: string;
  direction: 1 | -1;
}

export interface IndexSpec {
  collection: string;
  name: string;
  keys: IndexKey[];
  unique?: boolean;
}

const asc = (field: string): IndexKey => ({ field, direction: 1 });
const desc = (field: string): IndexKey => ({ field, direction: -1 });

export const INDEXES: IndexSpec[] = [
  { collection: COLLECTIONS.members, name: 'openid_unique', keys: [asc('openid')], unique: true },
  { collection: COLLECTIONS.members, name: 'branch_name', keys: [asc('branchId'), asc('name')] },
  { collection: COLLECTIONS.members, name: 'roles', keys: [asc('roles'), asc('name')] },
  { collection: COLLECTIONS.members, name: 'name', keys: [asc('name')] },
  // members.list 搜索姓名: one equality on a name fragment (features/members/name-keys.ts), in name order
  { collection: COLLECTIONS.members, name: 'name_keys', keys: [asc('nameKeys'), asc('name')] },
  { collection: COLLECTIONS.members, name: 'branch_name_keys', keys: [asc('branchId'), asc('nameKeys'), asc('name')] },
  { collection: COLLECTIONS.members, name: 'created', keys: [desc('createdAt')] },
  // members.helpContacts: the secretary of the caller's branch
  { collection: COLLECTIONS.members, name: 'secretary_name', keys: [asc('secretaryOf'), asc('name')] },
  { collection: COLLECTIONS.branches, name: 'name_unique', keys: [asc('name')], unique: true },
  { collection: COLLECTIONS.branches, name: 'order', keys: [asc('order')] },
  { collection: COLLECTIONS.places, name: 'name_unique', keys: [asc('name')], unique: true },
  { collection: COLLECTIONS.auditLog, name: 'target_time', keys: [asc('targetId'), desc('at')] },
  { collection: COLLECTIONS.auditLog, name: 'actor_time', keys: [asc('actorId'), desc('at')] },
  { collection: COLLECTIONS.auditLog, name: 'time', keys: [desc('at')] },
  // desk_login_codes: every call names a code by its _id (desk/code-store.ts); only the daily sweep asks by expiry.
  { collection: COLLECTIONS.deskLoginCodes, name: 'expires', keys: [asc('expiresAt')] },
  { collection: COLLECTIONS.idempotency, name: 'key_unique', keys: [asc('key')], unique: true },
  { collection: COLLECTIONS.rateLimits, name: 'key_unique', keys: [asc('key')], unique: true },
  { collection: COLLECTIONS.outbox, name: 'recipient_time', keys: [asc('touser'), desc('createdAt')] },
  { collection: COLLECTIONS.outbox, name: 'time', keys: [desc('createdAt')] },
  // 消息: a person's list newest first, their unread count, and pushes kept for a user-triggered call
  { collection: COLLECTIONS.messages, name: 'owner_time', keys: [asc('openid'), desc('createdAt')] },
  { collection: COLLECTIONS.messages, name: 'owner_unread', keys: [asc('openid'), asc('readAt')] },
  { collection: COLLECTIONS.messages, name: 'push_time', keys: [asc('push'), asc('createdAt')] },
  { collection: COLLECTIONS.counters, name: 'name_unique', keys: [asc('name')], unique: true },
  // study: readers' list, authors' lists, progress per lesson and branch, 我的学习, 人次, 送学上门, sessions
  { collection: COLLECTIONS.lessons, name: 'audience_status_published', keys: [asc('audienceKey'), asc('status'), desc('publishedAt')] },
  { collection: COLLECTIONS.lessons, name: 'audience_updated', keys: [asc('audienceKey'), desc('updatedAt')] },
  { collection: COLLECTIONS.lessons, name: 'status_updated', keys: [asc('status'), desc('updatedAt')] },
  { collection: COLLECTIONS.lessons, name: 'updated', keys: [desc('updatedAt')] },
  { collection: COLLECTIONS.lessonProgress, name: 'lesson_branch_studied', keys: [asc('lessonId'), asc('branchId'), asc('studied')] },
  { collection: COLLECTIONS.studyRecords, name: 'member_month_time', keys: [asc('memberId'), asc('month'), desc('studiedAt')] },
  { collection: COLLECTIONS.studyRecords, name: 'month_kind', keys: [asc('month'), asc('kind')] },
  { collection: COLLECTIONS.studyRecords, name: 'branch_month', keys: [asc('branchId'), asc('month')] },
  // lessons.stats reads rollups only: tallies of a month range (county or one branch), learners of those months
  { collection: COLLECTIONS.studyTallies, name: 'month', keys: [asc('month')] },
  { collection: COLLECTIONS.studyTallies, name: 'branch_month', keys: [asc('branchId'), asc('month')] },
  { collection: COLLECTIONS.studyLearners, name: 'months', keys: [asc('months')] },
  { collection: COLLECTIONS.studyLearners, name: 'branch_months', keys: [asc('branchMonths')] },
  { collection: COLLECTIONS.deliveryTasks, name: 'branch_status_due', keys: [asc('branchId'), asc('status'), asc('dueDate')] },
  { collection: COLLECTIONS.deliveryTasks, name: 'member_status', keys: [asc('memberId'), asc('status')] },
  { collection: COLLECTIONS.studySessions, name: 'branch_start', keys: [asc('branchId'), desc('startAt')] },
  { collection: COLLECTIONS.studySessions, name: 'start', keys: [desc('startAt')] },
  { collection: COLLECTIONS.sessionSignups, name: 'session_member_unique', keys: [asc('sessionId'), asc('memberId')], unique: true },
  { collection: COLLECTIONS.sessionSignups, name: 'member_start', keys: [asc('memberId'), desc('startAt')] },
  // the day-before reminder (features/jobs/signup-reminders.ts): sign-ups starting tomorrow
  { collection: COLLECTIONS.sessionSignups, name: 'start', keys: [asc('startAt')] },
  // study: the 送学上门 job — lessons waiting for it, homebound members of a branch / the county
  { collection: COLLECTIONS.lessons, name: 'auto_delivery_published', keys: [asc('autoDelivery'), asc('publishedAt')] },
  { collection: COLLECTIONS.members, name: 'home_delivery_branch_name', keys: [asc('needsHomeDelivery'), asc('branchId'), asc('name')] },
  { collection: COLLECTIONS.members, name: 'home_delivery_name', keys: [asc('needsHomeDelivery'), asc('name')] },
  // ideas: my ideas, the staff queue's filters (oldest first), overdue scan, board, receipts, supports
  { collection: COLLECTIONS.ideas, name: 'author_time', keys: [asc('authorId'), desc('createdAt')] },
  { collection: COLLECTIONS.ideas, name: 'state_time', keys: [asc('state'), asc('createdAt')] },
  { collection: COLLECTIONS.ideas, name: 'category_time', keys: [asc('category'), asc('createdAt')] },
  { collection: COLLECTIONS.ideas, name: 'department_time', keys: [asc('department'), asc('createdAt')] },
  { collection: COLLECTIONS.ideas, name: 'held_time', keys: [asc('held'), asc('createdAt')] },
  { collection: COLLECTIONS.ideas, name: 'overdue_time', keys: [asc('overdue'), asc('createdAt')] },
  { collection: COLLECTIONS.ideas, name: 'due', keys: [asc('dueAt')] },
  { collection: COLLECTIONS.ideas, name: 'time', keys: [asc('createdAt')] },
  { collection: COLLECTIONS.ideas, name: 'board', keys: [asc('published'), desc('publishedAt')] },
  { collection: COLLECTIONS.ideaTallies, name: 'year_id', keys: [asc('year'), asc('_id')] },
  { collection: COLLECTIONS.ideas, name: 'unsettled_id', keys: [asc('unsettled'), asc('_id')] },
  { collection: COLLECTIONS.ideas, name: 'receipt_unique', keys: [asc('receiptNo')], unique: true },
  { collection: COLLECTIONS.ideas, name: 'submit_key_unique', keys: [asc('submitKey')], unique: true },
  { collection: COLLECTIONS.ideaSupports, name: 'idea_member_unique', keys: [asc('ideaId'), asc('memberId')], unique: true },
  // volunteers: directory, memberships, talent pool, activities, sign-ups (one per member and activity)
  { collection: COLLECTIONS.volunteerTeams, name: 'name_unique', keys: [asc('name')], unique: true },
  { collection: COLLECTIONS.volunteerTeams, name: 'fields_name', keys: [asc('fields'), asc('name')] },
  { collection: COLLECTIONS.volunteerMemberships, name: 'team_member_unique', keys: [asc('teamId'), asc('memberId')], unique: true },
  { collection: COLLECTIONS.volunteerMemberships, name: 'member_status', keys: [asc('memberId'), asc('status')] },
  { collection: COLLECTIONS.volunteerMemberships, name: 'team_status_time', keys: [asc('teamId'), asc('status'), asc('appliedAt')] },
  { collection: COLLECTIONS.volunteerTalents, name: 'member_unique', keys: [asc('memberId')], unique: true },
  { collection: COLLECTIONS.volunteerTalents, name: 'skills_name', keys: [asc('skills'), asc('name')] },
  { collection: COLLECTIONS.volunteerActivities, name: 'end', keys: [asc('endAt')] },
  { collection: COLLECTIONS.volunteerActivities, name: 'team_end', keys: [asc('teamId'), asc('endAt')] },
  { collection: COLLECTIONS.volunteerActivities, name: 'start', keys: [asc('startAt')] },
  { collection: COLLECTIONS.volunteerSignups, name: 'activity_member_unique', keys: [asc('activityId'), asc('memberId')], unique: true },
  { collection: COLLECTIONS.volunteerSignups, name: 'activity_time', keys: [asc('activityId'), asc('signedAt')] },
  { collection: COLLECTIONS.volunteerSignups, name: 'member_end', keys: [asc('memberId'), asc('activityEnd')] },
  { collection: COLLECTIONS.volunteerSignups, name: 'activity_start', keys: [asc('activityStart')] },
  { collection: COLLECTIONS.volunteerTallies, name: 'month', keys: [asc('month')] },
  // 关爱服务: a person's ledger pages, the due lists (county and branch, soonest first), problems, figures
  { collection: COLLECTIONS.careEntries, name: 'member_at', keys: [asc('memberId'), desc('at')] },
  { collection: COLLECTIONS.careVisits, name: 'member_created', keys: [asc('memberId'), desc('createdAt')] },
  { collection: COLLECTIONS.careVisits, name: 'member_occasion_status', keys: [asc('memberId'), asc('occasion'), asc('status')] },
  { collection: COLLECTIONS.careVisits, name: 'status_due', keys: [asc('status'), asc('dueBy')] },
  { collection: COLLECTIONS.careVisits, name: 'branch_status_due', keys: [asc('branchId'), asc('status'), asc('dueBy')] },
  { collection: COLLECTIONS.careProblems, name: 'member_created', keys: [asc('memberId'), desc('createdAt')] },
  { collection: COLLECTIONS.careProblems, name: 'solved_updated', keys: [asc('solved'), desc('updatedAt')] },
  { collection: COLLECTIONS.careProblems, name: 'branch_solved_updated', keys: [asc('branchId'), asc('solved'), desc('updatedAt')] },
  { collection: COLLECTIONS.careTallies, name: 'year_branch', keys: [asc('year'), asc('branchId')] },
  { collection: COLLECTIONS.careReads, name: 'member_at', keys: [asc('memberId'), desc('at')] },
  { collection: COLLECTIONS.careLedgers, name: 'party_join', keys: [asc('partyJoinYear'), asc('updatedAt')] },
  { collection: COLLECTIONS.careHardships, name: 'active_review', keys: [asc('active'), asc('reviewBy')] },
  { collection: COLLECTIONS.carePayments, name: 'created', keys: [desc('createdAt')] },
  // the year's xlsx ledgers
  { collection: COLLECTIONS.careVisits, name: 'status_visited', keys: [asc('status'), asc('visitedOn')] },
  { collection: COLLECTIONS.carePayments, name: 'state_handed', keys: [asc('state'), asc('handedOn')] },
  { collection: COLLECTIONS.careProblems, name: 'year_created', keys: [asc('year'), asc('createdAt')] },
  { collection: COLLECTIONS.carePayments, name: 'state_created', keys: [asc('state'), desc('createdAt')] },
  { collection: COLLECTIONS.carePayments, name: 'member_created', keys: [asc('memberId'), desc('createdAt')] },
  // … and one branch's
  { collection: COLLECTIONS.careVisits, name: 'branch_status_visited', keys: [asc('branchId'), asc('status'), asc('visitedOn')] },
  { collection: COLLECTIONS.carePayments, name: 'branch_state_handed', keys: [asc('branchId'), asc('state'), asc('handedOn')] },
  { collection: COLLECTIONS.careProblems, name: 'branch_year_created', keys: [asc('branchId'), asc('year'), asc('createdAt')] },
  { collection: COLLECTIONS.careLedgers, name: 'branch', keys: [asc('branchId'), asc('_id')] },
  // 我联系的老同志: the ledgers naming a contact, and their people's due visits and open problems
  { collection: COLLECTIONS.careLedgers, name: 'bureau_contact', keys: [asc('bureau.memberId')] },
  { collection: COLLECTIONS.careLedgers, name: 'branch_contact', keys: [asc('branch.memberId')] },
  { collection: COLLECTIONS.careLedgers, name: 'helper_contact', keys: [asc('helper.memberId')] },
  { collection: COLLECTIONS.careVisits, name: 'member_status', keys: [asc('memberId'), asc('status')] },
  { collection: COLLECTIONS.careProblems, name: 'member_solved', keys: [asc('memberId'), asc('solved')] },
  // 荣退: the newest retirements first, the county's or a branch's
  { collection: COLLECTIONS.careWelcomes, name: 'retired', keys: [desc('retiredOn')] },
  { collection: COLLECTIONS.careWelcomes, name: 'branch_retired', keys: [asc('branchId'), desc('retiredOn')] },
  // the care calendar's look for people registered since its last run
  { collection: COLLECTIONS.members, name: 'created', keys: [asc('createdAt')] },
  // 家人帮办: one live link per member and helper; a member's, a helper's and a branch's links; a member's acts
  { collection: COLLECTIONS.familyLinks, name: 'live_unique', keys: [asc('liveKey')], unique: true },
  { collection: COLLECTIONS.familyLinks, name: 'member_asked', keys: [asc('memberId'), desc('askedAt')] },
  { collection: COLLECTIONS.familyLinks, name: 'helper_asked', keys: [asc('helperOpenid'), desc('askedAt')] },
  { collection: COLLECTIONS.familyLinks, name: 'branch_status_asked', keys: [asc('branchId'), asc('status'), desc('askedAt')] },
  { collection: COLLECTIONS.familyActs, name: 'member_time', keys: [asc('memberId'), desc('at')] },
];

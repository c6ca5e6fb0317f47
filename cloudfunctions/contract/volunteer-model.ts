import { z } from './zod';
import { ACTIVITY_PHASES, MEMBERSHIP_STATUSES, SIGNUP_STATUSES, SKILLS, TEAM_KINDS, VOLUNTEER_FIELDS } from './volunteer-words';
import { organiserView, placeInfo } from './place-model';

export * from './volunteer-words';


const iso = z.string();

export const teamView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(TEAM_KINDS),
  fields: z.array(z.enum(VOLUNTEER_FIELDS)),
  leaderIds: z.array(z.string()),
  leaderNames: z.array(z.string()),
  township: z.string(),
  description: z.string(),
  memberCount: z.number(),
});
export type TeamView = z.infer<typeof teamView>;

export const teamDetail = teamView.extend({
  myStatus: z.enum(MEMBERSHIP_STATUSES).nullable(),
  canManage: z.boolean(),
});
export type TeamDetail = z.infer<typeof teamDetail>;

export const membershipView = z.object({
  teamId: z.string(),
  teamName: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  status: z.enum(MEMBERSHIP_STATUSES),
  appliedAt: iso,
});
export type MembershipView = z.infer<typeof membershipView>;

export const talentView = z.object({
  memberId: z.string(),
  name: z.string(),
  branchName: z.string(),
  skills: z.array(z.enum(SKILLS)),
  note: z.string().optional(),
  /** Only in the staff search, so staff can ring when a need arises. */
  phone: z.string().optional(),
});
export type TalentView = z.infer<typeof talentView>;

export const activityView = z.object({
  id: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  title: z.string(),
  description: z.string(),
  field: z.enum(VOLUNTEER_FIELDS),
  startAt: iso,
  endAt: iso,
  deadline: iso,
  place: z.string(),
  /** The chosen place's address and map position, as it was when posted (or last changed). */
  placeInfo: placeInfo.optional(),
  /** Who posted it, with the phone on their member record then (tap to call). */
  organiser: organiserView.optional(),
  capacity: z.number(),
  taken: z.number(),
  waitingCount: z.number(),
  needsApproval: z.boolean(),
  phase: z.enum(ACTIVITY_PHASES),
  /** Why it was called off, when it was. */
  cancelReason: z.string().optional(),
});
export type ActivityView = z.infer<typeof activityView>;

export const mySignup = z.object({
  status: z.enum(SIGNUP_STATUSES),
  waitingPosition: z.number().nullable(),
  checkInAt: iso.nullable(),
  checkOutAt: iso.nullable(),
  minutes: z.number().nullable(),
});
export type MySignup = z.infer<typeof mySignup>;

export const activityDetail = activityView.extend({
  mine: mySignup.nullable(),
  canManage: z.boolean(),
});
export type ActivityDetail = z.infer<typeof activityDetail>;

export const rosterRow = mySignup.extend({
  memberId: z.string(),
  memberName: z.string(),
  branchName: z.string(),
  signedAt: iso,
  corrected: z.boolean(),
  correctionReason: z.string().optional(),
});
export type RosterRow = z.infer<typeof rosterRow>;

/** One of my activities, drawn from my sign-up alone (it carries the activity's title, time and place). */
export const myActivity = z.object({
  activityId: z.string(),
  title: z.string(),
  teamName: z.string(),
  place: z.string(),
  startAt: iso,
  endAt: iso,
  phase: z.enum(ACTIVITY_PHASES),
  mine: mySignup,
});
export type MyActivity = z.infer<typeof myActivity>;

export const serviceRecordRow = z.object({
  activityId: z.string(),
  title: z.string(),
  teamName: z.string(),
  field: z.enum(VOLUNTEER_FIELDS),
  place: z.string(),
  date: z.string(),
  startAt: iso,
  endAt: iso,
  minutes: z.number(),
});

export const figureRow = z.object({ key: z.string(), label: z.string(), activities: z.number(), participants: z.number(), minutes: z.number() });
export type FigureRow = z.infer<typeof figureRow>;

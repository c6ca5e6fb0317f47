import { createHash } from 'node:crypto';
import { COLLECTIONS } from '../../contract/collections';
import type { OrganiserView, PlaceInfo } from '../../contract/place-model';
import type { Skill, TeamKind, VolunteerField } from '../../contract/volunteer-model';
import type { SignupStatus } from '../../domain/volunteers/seats';
import type { MembershipStatus } from '../../domain/volunteers/teams';

/** Stored shapes of the volunteering collections, and the ids that let a transaction find a document by id. */
export const TEAMS = COLLECTIONS.volunteerTeams;
export const MEMBERSHIPS = COLLECTIONS.volunteerMemberships;
export const TALENTS = COLLECTIONS.volunteerTalents;
export const ACTIVITIES = COLLECTIONS.volunteerActivities;
export const SIGNUPS = COLLECTIONS.volunteerSignups;

export interface TeamDoc {
  _id: string;
  name: string;
  kind: TeamKind;
  fields: VolunteerField[];
  leaderIds: string[];
  leaderNames: string[];
  township: string;
  description: string;
  memberCount: number;
  createdAt: Date;
}

export interface MembershipDoc {
  _id: string;
  teamId: string;
  teamName: string;
  teamKind: TeamKind;
  memberId: string;
  memberName: string;
  openid: string;
  status: MembershipStatus;
  isLeader: boolean;
  appliedAt: Date;
  decidedAt: Date | null;
}

export interface TalentDoc {
  _id: string;
  memberId: string;
  name: string;
  branchName: string;
  skills: Skill[];
  note?: string;
  updatedAt: Date;
}

export interface ActivityDoc {
  _id: string;
  teamId: string;
  teamName: string;
  title: string;
  description: string;
  field: VolunteerField;
  startAt: Date;
  endAt: Date;
  deadline: Date;
  place: string;
  /** Copied from the chosen place (place-store.ts), so later edits of the place never move this activity. */
  placeInfo?: PlaceInfo;
  organiser?: OrganiserView;
  capacity: number;
  /** Seats held: confirmed sign-ups and those awaiting approval. */
  taken: number;
  /** The first-come waiting list: member ids in arrival order. */
  waiting: string[];
  /** Everyone holding a seat (confirmed or awaiting approval): the seat ledger, see seat-ledger.ts. */
  holders?: Record<string, true>;
  needsApproval: boolean;
  /** The 4-digit check-in code the leader shows; never sent to members. */
  code: string;
  cancelled: boolean;
  /** Why and when a leader or staff called it off (cancelActivity). */
  cancelReason?: string;
  cancelledAt?: Date;
  /** Raised by every edit and cancellation; sign-ups copy it with the activity's fields (signup-copies.ts). */
  copyRevision?: number;
  /** "2026-11" in Asia/Shanghai, for the monthly figures. */
  month: string;
  createdBy: string;
  createdAt: Date;
}

export interface SignupDoc {
  _id: string;
  activityId: string;
  memberId: string;
  memberName: string;
  branchName: string;
  /** For notifications (promotion, decisions); never sent to clients. */
  openid: string;
  teamId: string;
  teamName: string;
  field: VolunteerField;
  title: string;
  place: string;
  activityStart: Date;
  activityEnd: Date;
  deadline: Date;
  month: string;
  status: SignupStatus;
  signedAt: Date;
  checkInAt: Date | null;
  checkOutAt: Date | null;
  minutes: number | null;
  corrected: boolean;
  correctionReason?: string;
  codeFailures: number;
  updatedAt: Date;
  /** The request that cancelled it: that request resent (its answer lost) answers as the first did. */
  cancelledBy?: string;
  /** Set on every sign-up when the activity is called off, so 我的志愿 shows it as 已取消. */
  activityCancelled?: boolean;
  /** The activity's copyRevision these copies were taken at (signup-copies.ts). */
  copyRevision?: number;
}

const hashId = (...parts: string[]): string => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);

/** One sign-up per member and activity: its id is derived from both, so a transaction can read it by id. */
export const signupIdOf = (activityId: string, memberId: string): string => hashId('signup', activityId, memberId);
export const membershipIdOf = (teamId: string, memberId: string): string => hashId('membership', teamId, memberId);


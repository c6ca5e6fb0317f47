import { createHash } from 'node:crypto';
import { COLLECTIONS } from '../../contract/collections';
import type {
  ActivityView, MembershipView, MySignup, RosterRow, Skill, TalentView, TeamKind, TeamView, VolunteerField,
} from '../../contract/volunteer-model';
import { phaseOf, waitingPosition, type SignupStatus } from '../../domain/volunteers/seats';
import type { MembershipStatus } from '../../domain/volunteers/teams';
import { AppError } from '../../platform/app-error';
import type { MemberDoc } from '../../platform/caller';
import { oneDoc, type Database, type Transaction } from '../../platform/database';
import type { ActionContext } from '../../platform/routes';
import type { OrganiserView, PlaceInfo } from '../../contract/place-model';

/** Stored shapes of the volunteering collections, and their mapping to what clients see. */
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
  /** Set on every sign-up when the activity is called off, so 我的志愿 shows it as 已取消. */
  activityCancelled?: boolean;
  /** The activity's copyRevision these copies were taken at (signup-copies.ts). */
  copyRevision?: number;
}

const hashId = (...parts: string[]): string => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);

/** One sign-up per member and activity: its id is derived from both, so a transaction can read it by id. */
export const signupIdOf = (activityId: string, memberId: string): string => hashId('signup', activityId, memberId);
export const membershipIdOf = (teamId: string, memberId: string): string => hashId('membership', teamId, memberId);

const d = (value: Date | string): Date => new Date(value);
const isoOrNull = (value: Date | string | null | undefined): string | null => (value ? d(value).toISOString() : null);

export const isStaff = (ctx: ActionContext): boolean => ctx.caller.roles.has('staff') || ctx.caller.roles.has('admin');

export const toTeamView = (t: TeamDoc): TeamView => ({
  id: t._id,
  name: t.name,
  kind: t.kind,
  fields: t.fields,
  leaderIds: t.leaderIds,
  leaderNames: t.leaderNames,
  township: t.township,
  description: t.description,
  memberCount: t.memberCount,
});

export const toMembershipView = (m: MembershipDoc): MembershipView => ({
  teamId: m.teamId,
  teamName: m.teamName,
  memberId: m.memberId,
  memberName: m.memberName,
  status: m.status,
  appliedAt: d(m.appliedAt).toISOString(),
});

export const toTalentView = (t: TalentDoc): TalentView => ({
  memberId: t.memberId,
  name: t.name,
  branchName: t.branchName,
  skills: t.skills,
  ...(t.note ? { note: t.note } : {}),
});

const span = (a: { startAt: Date | string; endAt: Date | string; deadline: Date | string; cancelled?: boolean }) => ({
  startAt: d(a.startAt),
  endAt: d(a.endAt),
  deadline: d(a.deadline),
  cancelled: a.cancelled,
});

export const toActivityView = (a: ActivityDoc, now: Date): ActivityView => ({
  id: a._id,
  teamId: a.teamId,
  teamName: a.teamName,
  title: a.title,
  description: a.description,
  field: a.field,
  startAt: d(a.startAt).toISOString(),
  endAt: d(a.endAt).toISOString(),
  deadline: d(a.deadline).toISOString(),
  place: a.place,
  ...(a.placeInfo ? { placeInfo: a.placeInfo } : {}),
  ...(a.organiser ? { organiser: a.organiser } : {}),
  capacity: a.capacity,
  taken: a.taken,
  waitingCount: a.waiting.length,
  needsApproval: a.needsApproval,
  phase: phaseOf(span(a), now),
  ...(a.cancelled && a.cancelReason ? { cancelReason: a.cancelReason } : {}),
});

export const toMySignup = (s: SignupDoc, waiting: readonly string[] | null): MySignup => ({
  status: s.status,
  waitingPosition: s.status === 'waiting' && waiting ? waitingPosition(waiting, s.memberId) : null,
  checkInAt: isoOrNull(s.checkInAt),
  checkOutAt: isoOrNull(s.checkOutAt),
  minutes: s.minutes ?? null,
});

export const toRosterRow = (s: SignupDoc, waiting: readonly string[]): RosterRow => ({
  ...toMySignup(s, waiting),
  memberId: s.memberId,
  memberName: s.memberName,
  branchName: s.branchName,
  signedAt: d(s.signedAt).toISOString(),
  corrected: s.corrected,
  ...(s.correctionReason ? { correctionReason: s.correctionReason } : {}),
});

export const myActivityOf = (s: SignupDoc, now: Date) => ({
  activityId: s.activityId,
  title: s.title,
  teamName: s.teamName,
  place: s.place,
  startAt: d(s.activityStart).toISOString(),
  endAt: d(s.activityEnd).toISOString(),
  phase: phaseOf({ startAt: d(s.activityStart), endAt: d(s.activityEnd), deadline: d(s.deadline), cancelled: !!s.activityCancelled }, now),
  mine: toMySignup(s, null),
});

type Reader = Database | Transaction;

export const readDoc = async <T>(db: Reader, collection: string, id: string): Promise<T | null> =>
  oneDoc<T>((await db.collection(collection).doc(id).get()).data);

export const getTeam = async (db: Reader, teamId: string): Promise<TeamDoc> => {
  const team = await readDoc<TeamDoc>(db, TEAMS, teamId);
  if (!team) throw new AppError('TEAM_NOT_FOUND');
  return team;
};

export const getActivity = async (db: Reader, activityId: string): Promise<ActivityDoc> => {
  const activity = await readDoc<ActivityDoc>(db, ACTIVITIES, activityId);
  if (!activity) throw new AppError('ACTIVITY_NOT_FOUND');
  return activity;
};

export const getMember = async (db: Database, memberId: string): Promise<MemberDoc> => {
  const member = await readDoc<MemberDoc>(db, COLLECTIONS.members, memberId);
  if (!member) throw new AppError('MEMBER_NOT_FOUND');
  return member;
};

/** Leaders of the activity's team, and staff, manage it; everyone else is FORBIDDEN. */
export const requireManager = async (ctx: ActionContext, teamId: string): Promise<TeamDoc | null> => {
  if (isStaff(ctx)) return null;
  const team = await getTeam(ctx.deps.db, teamId);
  if (!team.leaderIds.includes(ctx.caller.member?._id ?? '')) throw new AppError('FORBIDDEN');
  return team;
};

/**
 * Whether the caller manages this activity: staff always; a leader when the team names them NOW.
 *
 * Why the team is read at every check rather than copied onto activities: a copy has to be rewritten on
 * every activity of the team when leaders change, and a transaction changes documents by id only, so that
 * rewrite would run after the leader change committed — a failure between the two left a removed leader
 * with rights over the team's activities (or a new one without). One more read by id per leader action
 * (staff need none) buys rights that follow the team at once, with nothing to keep in step.
 */
export const managesActivity = async (ctx: ActionContext, activity: Pick<ActivityDoc, 'teamId'>): Promise<boolean> => {
  if (isStaff(ctx)) return true;
  const memberId = ctx.caller.member?._id ?? '';
  return getTeam(ctx.deps.db, activity.teamId).then((t) => t.leaderIds.includes(memberId), () => false);
};

export const requireActivityManager = async (ctx: ActionContext, activity: Pick<ActivityDoc, 'teamId'>): Promise<void> => {
  if (!(await managesActivity(ctx, activity))) throw new AppError('FORBIDDEN');
};

import { COLLECTIONS } from '../../../contract/collections';
import type { LessonCategory } from '../../../contract/lesson-model';
import type { OrganiserView, PlaceInfo } from '../../../contract/place-model';
import type { AttendanceMark, SessionRosterRow, SessionStatus, SessionView } from '../../../contract/session-model';
import { AppError } from '../../../platform/app-error';
import type { Caller } from '../../../platform/caller';
import { iso, readDoc, type Reader } from '../../../platform/database';
import { seatsLeft } from '../../../domain/lessons/seats';
import { sessionDayReached } from '../../../domain/lessons/session-day';
import { holds, SECRETARY, STAFF } from '../../../contract/roles';

export const SESSIONS = COLLECTIONS.studySessions;
export const SESSION_SIGNUPS = COLLECTIONS.sessionSignups;

/** 院坝小讲堂 as stored. `taken` counts live sign-ups; `version` moves with every attendance change. */
export interface SessionDoc {
  _id: string;
  topic: string;
  lessonIds: string[];
  lessonTitles: string[];
  lessonCategories: Array<LessonCategory | null>;
  startAt: Date;
  place: string;
  /** A copy of the place chosen from staff's list: later edits of the place do not rewrite history. */
  placeInfo?: PlaceInfo;
  /** Who scheduled it and their phone then: one copy, so reading a session needs no member lookup. */
  organiser?: OrganiserView;
  capacity: number;
  taken: number;
  /** Members holding a seat: the seat ledger (seats.ts). */
  holders?: Record<string, true>;
  status: SessionStatus;
  branchId: string;
  branchName: string;
  code?: string;
  version: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  openedAt?: Date;
  /** Someone is on the attendance record (typed the code, marked by hand, walk-in): 开始签到 can no longer be undone. */
  attendanceTaken?: boolean;
  minutes?: string;
  attendeeCount?: number;
  markedCount?: number;
  photoFileIds?: string[];
  closedAt?: Date;
  cancelReason?: string;
  cancelledAt?: Date;
}

/** One member's sign-up, `_id` = `<session>_<member>` (and a unique index on the pair). */
export interface SessionSignupDoc {
  _id: string;
  sessionId: string;
  memberId: string;
  memberName: string;
  branchId: string;
  startAt: Date;
  /** `walkin`: came without signing up, added by the secretary at attendance; holds no seat. */
  status: 'signed' | 'cancelled' | 'walkin';
  attendance?: AttendanceMark;
  checkedInAt?: Date;
  codeFailures: number;
  signedAt: Date;
  /** The request that made this sign-up: its resend (the first answer lost) finishes what that request began. */
  signedBy?: string;
  /** The request that cancelled it, so that request's resend answers as the first did. */
  cancelledBy?: string;
  updatedAt: Date;
}

export const signupIdOf = (sessionId: string, memberId: string) => `${sessionId}_${memberId}`;
export const offlineRecordId = (sessionId: string, memberId: string) => `of_${sessionId}_${memberId}`;

export const getSession = async (db: Reader, sessionId: string): Promise<SessionDoc> => {
  const doc = await readDoc<SessionDoc>(db, SESSIONS, sessionId);
  if (!doc) throw new AppError('NOT_FOUND');
  return doc;
};

/** Staff run any session; a secretary the sessions of the branch they run. */
export const canRun = (caller: Caller, s: Pick<SessionDoc, 'branchId'>): boolean =>
  holds(caller.roles, STAFF) || (holds(caller.roles, SECRETARY) && !!caller.member?.secretaryOf && caller.member.secretaryOf === s.branchId);

export const requireRun = (caller: Caller, s: SessionDoc): void => {
  if (!canRun(caller, s)) throw new AppError('FORBIDDEN');
};

/** Members see the sessions of their own branch; those who run it see it too. Others: not found. */
export const requireSee = (caller: Caller, s: SessionDoc): void => {
  if (!canRun(caller, s) && caller.member?.branchId !== s.branchId) throw new AppError('NOT_FOUND');
};

/** `now` (the server's clock) lets a runner's view say whether 开始签到 may be offered yet. */
export const toSessionView = (caller: Caller, s: SessionDoc, mine: SessionSignupDoc | null, now?: Date): SessionView => {
  const signedUp = mine?.status === 'signed';
  const walkIn = mine?.status === 'walkin';
  const runner = canRun(caller, s);
  return {
    id: s._id,
    topic: s.topic,
    lessonIds: s.lessonIds,
    lessonTitles: s.lessonTitles,
    startAt: iso(s.startAt) as string,
    place: s.place,
    ...(s.placeInfo ? { placeInfo: s.placeInfo } : {}),
    ...(s.organiser ? { organiser: s.organiser } : {}),
    capacity: s.capacity,
    taken: s.taken,
    seatsLeft: seatsLeft(s),
    status: s.status,
    branchId: s.branchId,
    branchName: s.branchName,
    mine: {
      signedUp,
      ...((signedUp || walkIn) && mine?.attendance ? { attendance: mine.attendance } : {}),
      checkedIn: signedUp && !!mine?.checkedInAt,
      ...(walkIn ? { walkIn } : {}),
    },
    canManage: runner,
    ...(runner && s.status === 'scheduled' && now ? { canOpen: sessionDayReached(s.startAt, now) } : {}),
    ...(runner && s.status === 'attendance' ? { canReopen: !s.attendanceTaken } : {}),
    ...(runner && s.status === 'attendance' && s.code ? { code: s.code } : {}),
    ...(s.minutes ? { minutes: s.minutes } : {}),
    ...(s.attendeeCount !== undefined ? { attendeeCount: s.attendeeCount } : {}),
    ...(s.markedCount !== undefined ? { markedCount: s.markedCount } : {}),
    ...(s.photoFileIds?.length ? { photoFileIds: s.photoFileIds } : {}),
    ...(s.closedAt ? { closedAt: iso(s.closedAt) } : {}),
    ...(s.cancelReason ? { cancelReason: s.cancelReason } : {}),
  };
};

export const toRosterRow = (r: SessionSignupDoc): SessionRosterRow => ({
  memberId: r.memberId,
  name: r.memberName,
  signedUp: r.status === 'signed',
  ...(r.status === 'walkin' ? { walkIn: true } : {}),
  ...(r.attendance ? { attendance: r.attendance } : {}),
  ...(r.checkedInAt ? { checkedInAt: iso(r.checkedInAt) } : {}),
  signedAt: iso(r.signedAt) as string,
});

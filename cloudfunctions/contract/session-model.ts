import { z } from './zod';
import { ATTENDANCE_MARKS, SESSION_STATUSES } from './session-words';
import { LESSON_CATEGORIES, STUDY_KINDS } from './lesson-words';
import { organiserView, placeInfo } from './place-model';

export * from './session-words';


export const sessionView = z.object({
  id: z.string(),
  topic: z.string(),
  lessonIds: z.array(z.string()),
  lessonTitles: z.array(z.string()),
  startAt: z.string(),
  place: z.string(),
  /** The chosen place's address and map position, as it was when the session was scheduled. */
  placeInfo: placeInfo.optional(),
  /** The secretary who scheduled it, with the phone on their member record then (tap to call). */
  organiser: organiserView.optional(),
  capacity: z.number(),
  taken: z.number(),
  seatsLeft: z.number(),
  status: z.enum(SESSION_STATUSES),
  branchId: z.string(),
  branchName: z.string(),
  /** The caller's own sign-up, if any. */
  mine: z.object({
    signedUp: z.boolean(),
    attendance: z.enum(ATTENDANCE_MARKS).optional(),
    checkedIn: z.boolean(),
    /** Came without signing up; the secretary added them at attendance. */
    walkIn: z.boolean().optional(),
  }),
  /** The secretary of the branch (or staff) may run this session. */
  canManage: z.boolean(),
  /** Runners, while scheduled: the session's day (China time) has come, so 开始签到 may be offered. */
  canOpen: z.boolean().optional(),
  /** Runners, while attendance is open: nobody is on the attendance record yet, so it may be undone. */
  canReopen: z.boolean().optional(),
  /** Only for those who run it, and only while attendance is open. */
  code: z.string().optional(),
  minutes: z.string().optional(),
  attendeeCount: z.number().optional(),
  markedCount: z.number().optional(),
  photoFileIds: z.array(z.string()).optional(),
  /** sessions.get only: the close's photos as temporary URLs, for everyone who may see the session. */
  photoUrls: z.array(z.string()).optional(),
  closedAt: z.string().optional(),
  /** Why the secretary cancelled it (members who signed up were told). */
  cancelReason: z.string().optional(),
});
export type SessionView = z.infer<typeof sessionView>;

export const sessionRosterRow = z.object({
  memberId: z.string(),
  name: z.string(),
  signedUp: z.boolean(),
  attendance: z.enum(ATTENDANCE_MARKS).optional(),
  checkedInAt: z.string().optional(),
  signedAt: z.string(),
  /** Came without signing up; the secretary added them when marking attendance. */
  walkIn: z.boolean().optional(),
});
export type SessionRosterRow = z.infer<typeof sessionRosterRow>;

const countRow = <K extends z.ZodType>(key: K) => z.object({ key, label: z.string(), count: z.number() });

export const studyStatsView = z.object({
  from: z.string(),
  to: z.string(),
  branchId: z.string().optional(),
  /** 人次: every study record is one person-time. */
  total: z.number(),
  /** Different members behind those person-times. */
  people: z.number(),
  byKind: z.array(countRow(z.enum(STUDY_KINDS))),
  byCategory: z.array(countRow(z.union([z.enum(LESSON_CATEGORIES), z.literal('none')]))),
  byBranch: z.array(countRow(z.string())),
  byMonth: z.array(countRow(z.string())),
});
export type StudyStatsView = z.infer<typeof studyStatsView>;

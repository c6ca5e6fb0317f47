import { z } from './zod';
import { LESSON_CATEGORIES, STUDY_KINDS } from './lesson-model';
import { organiserView, placeInfo } from './place-model';

/**
 * 院坝小讲堂 (offline study sessions) and 人次 statistics: the shapes the `lessons` function answers.
 * A session is scheduled → attendance (the secretary opened it and shows a 4-digit code) → closed
 * (minutes recorded; attendance became `offline` study records). A scheduled one may be cancelled.
 */
export const SESSION_STATUSES = ['scheduled', 'attendance', 'closed', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  scheduled: '正在报名',
  attendance: '正在签到',
  closed: '已结束',
  cancelled: '已取消',
};

/** Hand marks: 出席 / 迟到 / 请假 / 缺席. 出席 and 迟到 count as attendance (an offline study record). */
export const ATTENDANCE_MARKS = ['present', 'late', 'leave', 'absent'] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];
export const ATTENDANCE_LABELS: Record<AttendanceMark, string> = { present: '出席', late: '迟到', leave: '请假', absent: '缺席' };
export const ATTENDED: readonly AttendanceMark[] = ['present', 'late'];

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

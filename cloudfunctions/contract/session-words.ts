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

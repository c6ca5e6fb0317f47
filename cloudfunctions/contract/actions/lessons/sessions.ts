import { z } from '../../zod';
import { defineAction, READ_LIMIT, WRITE_LIMIT } from '../../define';
import { id, page, paged, text } from '../../text';
import { monthOnly } from '../../lesson-model';
import { FILE_ID_PATTERN } from '../../uploads';
import { CHECK_CODE_DIGITS, CHECK_CODE_PATTERN } from '../../code-words';
import { ATTENDANCE_MARKS, sessionRosterRow, sessionView, studyStatsView } from '../../session-model';
import { MEMBER, SECRETARY, SECRETARY_OR_STAFF } from '../../roles';

const sessionRef = z.object({ sessionId: id('小讲堂') }).strict();
const photoFileId = z.string().regex(FILE_ID_PATTERN, '照片不对，请重新上传');

/** 院坝小讲堂 (offline sessions) and 人次 statistics; served by the `lessons` function. */
export const sessionsActions = {
  'sessions.schedule': defineAction({
    fn: 'lessons',
    summary: '院坝小讲堂: the secretary schedules a session for their branch (topic, lessons, time, place, capacity)',
    access: SECRETARY,
    input: z
      .object({
        topic: text({ label: '主题', max: 40 }),
        lessonIds: z.array(id('课程')).max(3, '一次最多关联3课').default([]),
        startAt: z.iso.datetime({ offset: true, error: '请选择开始时间' }),
        place: text({ label: '地点', max: 40 }),
        /** One of the places staff keep: its address and map position go with the session. */
        placeId: id('地点').optional(),
        capacity: z.number({ error: '请填写人数' }).int('人数请填整数').min(1, '至少1人').max(200, '最多200人'),
      })
      .strict(),
    output: sessionView,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED', 'BRANCH_NOT_FOUND'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'sessions.list': defineAction({
    fn: 'lessons',
    summary: "院坝小讲堂 of my branch: upcoming ones (soonest first), or past ones (newest first)",
    access: MEMBER,
    input: page.extend({ when: z.enum(['upcoming', 'past']).default('upcoming') }).strict(),
    output: paged(sessionView),
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
    helper: true,
  }),
  'sessions.manage': defineAction({
    fn: 'lessons',
    summary: "The sessions a secretary runs (own branch), newest first",
    access: SECRETARY_OR_STAFF,
    input: page.extend({ branchId: id('党支部').optional() }).strict(),
    output: paged(sessionView),
    errors: ['FORBIDDEN'],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'sessions.get': defineAction({
    fn: 'lessons',
    summary: 'One session with my sign-up; the code too for the one who runs it while attendance is open',
    access: MEMBER,
    input: sessionRef,
    output: sessionView,
    errors: ['NOT_FOUND'],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
    helper: true,
  }),
  'sessions.signUp': defineAction({
    fn: 'lessons',
    summary: '报名: capacity is a hard limit (one transaction over the session); the same person twice is one sign-up',
    access: MEMBER,
    input: sessionRef,
    output: sessionView,
    errors: ['NOT_FOUND', 'SESSION_FULL', 'SESSION_SIGNUP_CLOSED'],
    write: true,
    audited: false,
    rateLimit: WRITE_LIMIT,
    helper: true,
  }),
  'sessions.cancel': defineAction({
    fn: 'lessons',
    summary: '取消报名: frees the seat (only before attendance opens)',
    access: MEMBER,
    input: sessionRef,
    output: sessionView,
    errors: ['NOT_FOUND', 'SESSION_NOT_SIGNED_UP', 'SESSION_SIGNUP_CLOSED'],
    write: true,
    audited: false,
    rateLimit: WRITE_LIMIT,
    helper: true,
  }),
  'sessions.openAttendance': defineAction({
    fn: 'lessons',
    summary: 'The secretary opens attendance on the session\'s day: a 4-digit code to show; sign-up and cancel stop',
    access: SECRETARY_OR_STAFF,
    input: sessionRef,
    output: sessionView,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'INVALID_STATE', 'SESSION_NOT_TODAY'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'sessions.reopenSignup': defineAction({
    fn: 'lessons',
    summary: 'Undo 开始签到 while nobody is on the attendance record: sign-up opens again, the code is withdrawn (audited)',
    access: SECRETARY_OR_STAFF,
    input: sessionRef,
    output: sessionView,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'INVALID_STATE', 'SESSION_ATTENDANCE_STARTED'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'sessions.checkIn': defineAction({
    fn: 'lessons',
    summary: 'A signed-up member who is there types the 4-digit code (five wrong codes: the secretary marks them)',
    access: MEMBER,
    input: z.object({ sessionId: id('小讲堂'), code: z.string({ error: `请输入${CHECK_CODE_DIGITS}位签到码` }).regex(CHECK_CODE_PATTERN, `签到码是${CHECK_CODE_DIGITS}位数字`) }).strict(),
    output: sessionView,
    errors: ['NOT_FOUND', 'SESSION_NOT_SIGNED_UP', 'INVALID_STATE', 'SESSION_WRONG_CODE', 'SESSION_TOO_MANY_WRONG_CODES'],
    write: true,
    audited: false,
    rateLimit: WRITE_LIMIT,
  }),
  'sessions.roster': defineAction({
    fn: 'lessons',
    summary: 'Who signed up, in sign-up order, with their attendance',
    access: SECRETARY_OR_STAFF,
    input: page.extend({ sessionId: id('小讲堂'), pageSize: z.number().int().min(1).max(50).default(50) }).strict(),
    output: paged(sessionRosterRow),
    errors: ['NOT_FOUND', 'FORBIDDEN'],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'sessions.mark': defineAction({
    fn: 'lessons',
    summary: 'The secretary marks a signed-up member 出席 / 迟到 / 请假 / 缺席 by hand (audited)',
    access: SECRETARY_OR_STAFF,
    input: z.object({ sessionId: id('小讲堂'), memberId: id('老同志'), attendance: z.enum(ATTENDANCE_MARKS, { error: '请选择出席情况' }) }).strict(),
    output: sessionRosterRow,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'INVALID_STATE', 'SESSION_NOT_SIGNED_UP'],
    write: true,
    audited: true,
    rateLimit: { limit: 120, windowMs: 60_000 },
  }),
  'sessions.cancelSession': defineAction({
    fn: 'lessons',
    summary: 'The secretary cancels a scheduled session: sign-ups close, those signed up are told (audited)',
    access: SECRETARY_OR_STAFF,
    input: z.object({ sessionId: id('小讲堂'), reason: text({ label: '取消原因', max: 60 }) }).strict(),
    output: sessionView.extend({ notified: z.number() }),
    errors: ['NOT_FOUND', 'FORBIDDEN', 'INVALID_STATE'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'sessions.addWalkIn': defineAction({
    fn: 'lessons',
    summary: 'While marking attendance: a member who is there without signing up, 出席 or 迟到 (no seat taken; audited)',
    access: SECRETARY_OR_STAFF,
    input: z
      .object({ sessionId: id('小讲堂'), memberId: id('老同志'), attendance: z.enum(['present', 'late'], { error: '请选择出席或迟到' }).default('present') })
      .strict(),
    output: sessionRosterRow,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'INVALID_STATE', 'MEMBER_NOT_FOUND', 'MEMBER_NOT_IN_BRANCH'],
    write: true,
    audited: true,
    rateLimit: { limit: 120, windowMs: 60_000 },
  }),
  'sessions.close': defineAction({
    fn: 'lessons',
    summary: 'Close: minutes, attendee count, photos; 出席/迟到 become offline study records',
    access: SECRETARY_OR_STAFF,
    input: z
      .object({
        sessionId: id('小讲堂'),
        minutes: text({ label: '讲堂纪要', max: 1000, multiline: true }),
        /** People in the courtyard (may include non-members); defaults to those marked 出席/迟到. */
        attendeeCount: z.number().int('人数请填整数').min(0).max(1000).optional(),
        photoFileIds: z.array(photoFileId).max(9, '最多9张照片').default([]),
      })
      .strict(),
    output: sessionView,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'INVALID_STATE', 'CONFLICT'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'lessons.stats': defineAction({
    fn: 'lessons',
    summary: '人次 of study by kind, category, branch and month for a range of months (staff: county or a branch; secretary: own branch)',
    access: SECRETARY_OR_STAFF,
    input: z
      .object({ from: monthOnly, to: monthOnly, branchId: id('党支部').optional() })
      .strict()
      .refine((v) => v.from <= v.to, { message: '开始月份不能晚于结束月份', path: ['to'] }),
    output: studyStatsView,
    errors: ['FORBIDDEN', 'VALIDATION_FAILED'],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
};

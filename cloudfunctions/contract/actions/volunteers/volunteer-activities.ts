import { z } from '../../zod';
import { defineAction, READ_LIMIT, WRITE_LIMIT } from '../../define';
import { id, page, paged, text } from '../../text';
import { activityDetail, activityView, rosterRow, VOLUNTEER_FIELDS } from '../../volunteer-model';
import { activityId, code, dateTime, HOUR_MS, memberId, teamId } from './volunteer-shared';
import { MEMBER } from '../../roles';

/** What an activity is, the same when it is posted and when it is changed. */
const activityFields = {
  title: text({ label: '活动名称', max: 30 }),
  description: text({ label: '活动内容', max: 500, multiline: true }),
  field: z.enum(VOLUNTEER_FIELDS, { error: '请选择服务领域' }),
  startAt: dateTime('开始时间'),
  endAt: dateTime('结束时间'),
  deadline: dateTime('报名截止时间'),
  place: text({ label: '地点', max: 40 }),
  /** A place staff entered (address, map position): the activity keeps a copy with the organiser's phone. */
  placeId: id('地点').optional(),
  capacity: z.number({ error: '请填写人数' }).int('人数请填整数').min(1, '至少1人').max(500, '最多500人'),
};

/** Time rules, reported on the field to correct, the same for posting and changing. */
const checkActivityTimes = (v: { startAt: string; endAt: string; deadline: string }, ctx: z.RefinementCtx) => {
  const [start, end, deadline] = [Date.parse(v.startAt), Date.parse(v.endAt), Date.parse(v.deadline)];
  if (end <= start) ctx.addIssue({ code: 'custom', message: '结束时间要晚于开始时间', path: ['endAt'] });
  else if (end - start > 12 * HOUR_MS) ctx.addIssue({ code: 'custom', message: '一次活动最长12小时', path: ['endAt'] });
  if (deadline > start) ctx.addIssue({ code: 'custom', message: '报名截止时间不能晚于开始时间', path: ['deadline'] });
};

/** Activities: posting and changing them, sign-up with its waiting list, check-in and hours. */
export const volunteerActivityActions = {
  'volunteers.postActivity': defineAction({
    fn: 'volunteers',
    summary: 'A leader of the team, or staff, post an activity with its capacity and sign-up deadline',
    access: MEMBER,
    input: z
      .object({
        teamId,
        ...activityFields,
        needsApproval: z.boolean().default(false),
      })
      .strict()
      .superRefine(checkActivityTimes),
    output: activityView,
    errors: ['TEAM_NOT_FOUND', 'FORBIDDEN', 'INVALID_STATE'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'volunteers.editActivity': defineAction({
    fn: 'volunteers',
    summary: 'A leader of the team, or staff, change an activity before it starts (capacity never below the seats taken); people are told of a new time or place',
    access: MEMBER,
    input: z
      .object({
        activityId,
        ...activityFields,
      })
      .strict()
      .superRefine(checkActivityTimes),
    output: activityDetail,
    errors: ['ACTIVITY_NOT_FOUND', 'FORBIDDEN', 'INVALID_STATE', 'CAPACITY_BELOW_TAKEN'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'volunteers.cancelActivity': defineAction({
    fn: 'volunteers',
    summary: 'A leader of the team, or staff, call off an activity before it starts, with a reason; everyone signed up or waiting is told',
    access: MEMBER,
    input: z.object({ activityId, reason: text({ label: '取消原因', max: 60, min: 2 }) }).strict(),
    output: activityDetail,
    errors: ['ACTIVITY_NOT_FOUND', 'FORBIDDEN', 'INVALID_STATE'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'volunteers.activities': defineAction({
    fn: 'volunteers',
    summary: 'Activities, upcoming (soonest first) or past (latest first), of all teams or one',
    access: MEMBER,
    input: page.extend({ when: z.enum(['upcoming', 'past']).default('upcoming'), teamId: teamId.optional() }).strict(),
    output: paged(activityView),
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
    helper: true,
  }),
  'volunteers.activity': defineAction({
    fn: 'volunteers',
    summary: 'One activity with my sign-up and whether I may manage it',
    access: MEMBER,
    input: z.object({ activityId }).strict(),
    output: activityDetail,
    errors: ['ACTIVITY_NOT_FOUND'],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
    helper: true,
  }),
  'volunteers.signUp': defineAction({
    fn: 'volunteers',
    summary: 'Sign up: a seat while any is free, else the first-come waiting list; repeated taps hold one place',
    access: MEMBER,
    input: z.object({ activityId }).strict(),
    output: activityDetail,
    errors: ['ACTIVITY_NOT_FOUND', 'SIGNUP_CLOSED', 'ACTIVITY_FULL', 'INVALID_STATE'],
    write: true,
    audited: false,
    rateLimit: WRITE_LIMIT,
    helper: true,
  }),
  'volunteers.cancelSignUp': defineAction({
    fn: 'volunteers',
    summary: 'Cancel my sign-up; the first person waiting takes the seat and is notified',
    access: MEMBER,
    input: z.object({ activityId }).strict(),
    output: activityDetail,
    errors: ['ACTIVITY_NOT_FOUND', 'NOT_SIGNED_UP', 'INVALID_STATE'],
    write: true,
    audited: false,
    rateLimit: WRITE_LIMIT,
    helper: true,
  }),
  'volunteers.decideSignUp': defineAction({
    fn: 'volunteers',
    summary: 'A leader or staff confirm or decline a sign-up that needs approval (a decline frees the seat)',
    access: MEMBER,
    input: z.object({ activityId, memberId, approve: z.boolean() }).strict(),
    output: rosterRow,
    errors: ['ACTIVITY_NOT_FOUND', 'FORBIDDEN', 'NOT_SIGNED_UP', 'INVALID_STATE'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'volunteers.roster': defineAction({
    fn: 'volunteers',
    summary: 'Who signed up, in sign-up order, with attendance and hours (leaders of the team and staff)',
    access: MEMBER,
    input: page.extend({ activityId, pageSize: z.number().int().min(1).max(100).default(50) }).strict(),
    output: paged(rosterRow),
    errors: ['ACTIVITY_NOT_FOUND', 'FORBIDDEN'],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'volunteers.checkCode': defineAction({
    fn: 'volunteers',
    summary: 'The check-in code the leader shows at the place',
    access: MEMBER,
    input: z.object({ activityId }).strict(),
    output: z.object({ code: z.string(), activity: activityView }),
    errors: ['ACTIVITY_NOT_FOUND', 'FORBIDDEN'],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'volunteers.checkIn': defineAction({
    fn: 'volunteers',
    summary: 'Check in (or, when already in, check out) with the code the leader shows',
    access: MEMBER,
    input: z.object({ activityId, code, step: z.enum(['in', 'out']) }).strict(),
    output: activityDetail,
    errors: ['ACTIVITY_NOT_FOUND', 'NOT_SIGNED_UP', 'WRONG_CODE', 'TOO_MANY_WRONG_CODES', 'CHECKIN_NOT_OPEN', 'INVALID_STATE'],
    // Tighter than other writes: a 4-digit code must not be guessable by trying.
    write: true,
    audited: false,
    rateLimit: { limit: 10, windowMs: 60_000 },
  }),
  'volunteers.markAttendance': defineAction({
    fn: 'volunteers',
    summary: 'A leader or staff mark a member checked in or out by hand (now)',
    access: MEMBER,
    input: z.object({ activityId, memberId, step: z.enum(['in', 'out']) }).strict(),
    output: rosterRow,
    errors: ['ACTIVITY_NOT_FOUND', 'FORBIDDEN', 'NOT_SIGNED_UP', 'CHECKIN_NOT_OPEN', 'INVALID_STATE'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'volunteers.correctHours': defineAction({
    fn: 'volunteers',
    summary: "A leader or staff correct a member's minutes with a reason (audited)",
    access: MEMBER,
    input: z
      .object({
        activityId,
        memberId,
        minutes: z.number({ error: '请填写时长' }).int('请填整数分钟').min(0, '时长不能为负'),
        reason: text({ label: '更正原因', max: 100, min: 2 }),
      })
      .strict(),
    output: rosterRow,
    errors: ['ACTIVITY_NOT_FOUND', 'FORBIDDEN', 'NOT_SIGNED_UP', 'INVALID_STATE'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
};

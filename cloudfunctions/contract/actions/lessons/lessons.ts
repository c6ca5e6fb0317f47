import { z } from '../../zod';
import { defineAction, READ_LIMIT, WRITE_LIMIT } from '../../define';
import { id, optionalText, page, paged, text } from '../../text';
import { FILE_ID_PATTERN } from '../../uploads';
import {
  LESSON_CATEGORIES,
  LESSON_STATUSES,
  STUDY_KINDS,
  dateOnly,
  deliveryTaskView,
  lessonDetailView,
  lessonInput,
  lessonSummaryView,
  monthOnly,
  studyRecordView,
} from '../../lesson-model';
import { MEMBER, SECRETARY_OR_STAFF, STAFF } from '../../roles';

const lessonRef = z.object({ lessonId: id('课程') }).strict();
/** A step in a lesson's life (publish, withdraw, back to draft, staff review): it answers the lesson as its author sees it. */
const lifecycleMove = <I extends z.ZodType>(summary: string, access: typeof SECRETARY_OR_STAFF | typeof STAFF, input: I, { audited }: { audited: boolean }) =>
  defineAction({ fn: 'lessons', summary, access, input, output: lessonDetailView, errors: ['NOT_FOUND', 'FORBIDDEN', 'INVALID_STATE'], write: true, audited, rateLimit: WRITE_LIMIT });

export const lessonsActions = {
  'lessons.save': defineAction({
    fn: 'lessons',
    summary: 'Write a new lesson or edit a draft (secretary: own branch; staff: any branch or the county)',
    access: SECRETARY_OR_STAFF,
    input: z.object({ lessonId: id('课程').optional(), lesson: lessonInput }).strict(),
    output: lessonDetailView,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'INVALID_STATE', 'BRANCH_NOT_FOUND'],
    write: true,
    audited: false,
    rateLimit: WRITE_LIMIT,
  }),
  'lessons.publish': lifecycleMove('Publish a draft after content safety; anything not clearly passed is held for review', SECRETARY_OR_STAFF, lessonRef, { audited: true }),
  'lessons.withdraw': lifecycleMove('Take a published lesson back: members no longer see it', SECRETARY_OR_STAFF, lessonRef, { audited: true }),
  'lessons.toDraft': lifecycleMove('Turn a withdrawn or held lesson back into a draft to edit it', SECRETARY_OR_STAFF, lessonRef, { audited: false }),
  'lessons.approve': lifecycleMove('Staff review: a lesson held by content safety is fine after all → published', STAFF, lessonRef, { audited: true }),
  'lessons.return': lifecycleMove('Staff review: a held lesson goes back to its author as a draft, with the reason they will see', STAFF, z.object({ lessonId: id('课程'), reason: text({ label: '退回原因', max: 200, multiline: true }) }).strict(), { audited: true }),
  'lessons.manage': defineAction({
    fn: 'lessons',
    summary: "Lessons an author manages, newest change first (secretary: own branch's; staff: all)",
    access: SECRETARY_OR_STAFF,
    input: page.extend({ status: z.enum(LESSON_STATUSES).optional() }).strict(),
    output: paged(lessonSummaryView),
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'lessons.list': defineAction({
    fn: 'lessons',
    summary: 'Published lessons of my branch and the county: by category, title search, newest first',
    access: MEMBER,
    input: page
      .extend({
        category: z.enum(LESSON_CATEGORIES, { error: '请选择课程类别' }).optional(),
        keyword: text({ label: '搜索词', max: 20 }).optional(),
      })
      .strict(),
    output: paged(lessonSummaryView.extend({ studied: z.boolean() })),
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'lessons.get': defineAction({
    fn: 'lessons',
    summary: 'One lesson in full, with my progress on it',
    access: MEMBER,
    input: lessonRef,
    output: lessonDetailView,
    errors: ['NOT_FOUND'],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'lessons.open': defineAction({
    fn: 'lessons',
    summary: 'The server notes when I started reading (the clock the study-time rule checks against)',
    access: MEMBER,
    input: lessonRef,
    output: z.object({ openedAt: z.string(), studied: z.boolean() }),
    errors: ['NOT_FOUND'],
    write: true,
    audited: false,
    rateLimit: WRITE_LIMIT,
  }),
  'lessons.finish': defineAction({
    fn: 'lessons',
    summary: '学完了: counts only when the time the server saw covers a sensible share of the lesson',
    access: MEMBER,
    input: z
      .object({
        lessonId: id('课程'),
        /** Seconds the page was really in front of the reader (the client counts; the server caps). */
        readSeconds: z.number().int().min(0).max(24 * 3600),
        listenedSeconds: z.number().int().min(0).max(24 * 3600).optional(),
      })
      .strict(),
    output: z.object({ studied: z.literal(true), studiedAt: z.string(), monthCount: z.number() }),
    errors: ['NOT_FOUND', 'INVALID_STATE', 'VALIDATION_FAILED'],
    write: true,
    audited: false,
    rateLimit: WRITE_LIMIT,
  }),
  'lessons.requestDelivery': defineAction({
    fn: 'lessons',
    summary: '请送学上门: a member who cannot study it alone asks for this lesson to be brought home',
    access: MEMBER,
    input: lessonRef,
    output: z.object({ deliveryPlanned: z.literal(true), joined: z.boolean() }),
    errors: ['NOT_FOUND', 'INVALID_STATE'],
    write: true,
    audited: false,
    rateLimit: WRITE_LIMIT,
  }),
  'lessons.myStudy': defineAction({
    fn: 'lessons',
    summary: '我的学习: what I studied, by month and category, with a gentle tally',
    access: MEMBER,
    input: page.extend({ month: monthOnly.optional(), category: z.enum(LESSON_CATEGORIES).optional() }).strict(),
    output: paged(studyRecordView).extend({ month: z.string(), monthCount: z.number() }),
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'lessons.branchProgress': defineAction({
    fn: 'lessons',
    summary: 'For one lesson: which members of my branch have and have not studied it',
    access: SECRETARY_OR_STAFF,
    input: page
      .extend({ lessonId: id('课程'), branchId: id('党支部').optional(), pageSize: z.number().int().min(1).max(50).default(30) })
      .strict(),
    output: paged(
      z.object({
        memberId: z.string(),
        name: z.string(),
        needsHomeDelivery: z.boolean(),
        studied: z.boolean(),
        kind: z.enum(STUDY_KINDS).optional(),
        studiedAt: z.string().optional(),
        deliveryTaskId: z.string().optional(),
      }),
    ).extend({ lessonTitle: z.string(), branchName: z.string(), memberCount: z.number(), studiedCount: z.number() }),
    errors: ['NOT_FOUND', 'FORBIDDEN', 'BRANCH_NOT_FOUND'],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'lessons.assignDelivery': defineAction({
    fn: 'lessons',
    summary: '送学上门: a visit task for a member of my branch who has not studied these lessons',
    access: SECRETARY_OR_STAFF,
    input: z
      .object({
        memberId: id('老同志'),
        lessonIds: z.array(id('课程')).min(1, '请至少选一课').max(5, '一次最多送5课'),
        visitorName: text({ label: '上门人', max: 20 }),
        dueDate: dateOnly('完成日期'),
        note: optionalText({ label: '备注', max: 200, multiline: true }),
      })
      .strict(),
    output: deliveryTaskView,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'MEMBER_NOT_FOUND'],
    write: true,
    audited: false,
    rateLimit: WRITE_LIMIT,
  }),
  'lessons.deliveries': defineAction({
    fn: 'lessons',
    summary: "送学上门 tasks of my branch (staff: a branch's), open ones first by due date",
    access: SECRETARY_OR_STAFF,
    input: page.extend({ status: z.enum(['open', 'done']).default('open'), branchId: id('党支部').optional() }).strict(),
    output: paged(deliveryTaskView),
    errors: ['FORBIDDEN'],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'lessons.recordVisit': defineAction({
    fn: 'lessons',
    summary: 'The visitor records the visit: date, lessons covered, notes, a photo → delivery study records',
    access: SECRETARY_OR_STAFF,
    input: z
      .object({
        taskId: id('送学任务'),
        visitedOn: dateOnly('上门日期'),
        lessonIds: z.array(id('课程')).min(1, '请至少选一课').max(5),
        notes: optionalText({ label: '上门情况', max: 500, multiline: true }),
        /** Who went, when the task did not name them (automatic tasks say 待安排). */
        visitorName: optionalText({ label: '上门人', max: 20 }),
        photoFileId: z.string().regex(FILE_ID_PATTERN, '照片不对，请重新上传').optional(),
      })
      .strict(),
    output: deliveryTaskView,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'INVALID_STATE', 'VALIDATION_FAILED'],
    write: true,
    audited: false,
    rateLimit: WRITE_LIMIT,
  }),
};

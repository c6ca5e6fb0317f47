import { z } from './zod';
import { AUDIENCES, LESSON_CATEGORIES, LESSON_STATUSES, STUDY_KINDS } from './lesson-words';
import { id, optionalText, text } from './text';
import { FILE_ID_PATTERN } from './uploads';

export * from './lesson-words';


/** A CloudBase storage file id (cloud://env.bucket/path); locally the emulator makes the same shape. */
export const fileId = (label = '文件') =>
  z.string({ error: `缺少${label}` }).regex(FILE_ID_PATTERN, `${label}不对，请重新上传`);

export const MAX_BLOCKS = 120;

export const bodyBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), text: text({ label: '小标题', max: 40 }) }).strict(),
  z.object({ type: z.literal('paragraph'), text: text({ label: '正文段落', max: 2000, multiline: true }) }).strict(),
  z.object({ type: z.literal('image'), fileId: fileId('图片'), caption: optionalText({ label: '图片说明', max: 60 }) }).strict(),
]);
export type BodyBlock = z.infer<typeof bodyBlock>;

export const lessonFields = {
  title: text({ label: '课程标题', max: 40 }),
  summary: text({ label: '内容简介', max: 200, multiline: true }),
  category: z.enum(LESSON_CATEGORIES, { error: '请选择课程类别' }),
  /** e.g. 党史学习教育 2024: lessons of one series are shown in order. */
  series: optionalText({ label: '所属专题', max: 30 }),
  seriesOrder: z.number().int().min(1).max(999).optional(),
  body: z.array(bodyBlock).min(1, '请至少写一段正文').max(MAX_BLOCKS, `正文最多${MAX_BLOCKS}段`),
  coverFileId: fileId('封面图片').optional(),
  audioFileId: fileId('录音').optional(),
  /** Length of the recording, so the server can judge "listened to most of it". */
  audioSeconds: z.number().int().min(1).max(4 * 3600).optional(),
  videoFileId: fileId('视频').optional(),
  /** "约N分钟" shown to readers; left out, the server takes the estimate from the content (contract/reading-time.ts). */
  estimatedMinutes: z.number({ error: '请填写预计学习时间' }).int('请填写整数分钟').min(1, '至少1分钟').max(180, '最多180分钟').optional(),
  audience: z.enum(AUDIENCES, { error: '请选择面向谁发布' }),
  /** Staff writing for one branch name it; a secretary's lessons always go to their own branch. */
  branchId: id('党支部').optional(),
};

export const lessonInput = z
  .object(lessonFields)
  .strict()
  .refine((v) => !v.audioFileId || v.audioSeconds, { message: '请填写录音时长', path: ['audioSeconds'] });
export type LessonInput = z.input<typeof lessonInput>;

export const lessonSummaryView = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  category: z.enum(LESSON_CATEGORIES),
  series: z.string().optional(),
  seriesOrder: z.number().optional(),
  estimatedMinutes: z.number(),
  hasAudio: z.boolean(),
  hasVideo: z.boolean(),
  coverUrl: z.string().optional(),
  audience: z.enum(AUDIENCES),
  branchId: z.string().optional(),
  branchName: z.string().optional(),
  status: z.enum(LESSON_STATUSES),
  authorName: z.string(),
  publishedAt: z.string().optional(),
  updatedAt: z.string(),
  /** Why staff sent a held lesson back to draft (shown to the author until it is published). */
  returnReason: z.string().optional(),
});
export type LessonSummary = z.infer<typeof lessonSummaryView>;

/** Blocks as readers get them: images carry a temporary URL instead of only their file id. */
export const bodyBlockView = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), text: z.string() }),
  z.object({ type: z.literal('paragraph'), text: z.string() }),
  z.object({ type: z.literal('image'), fileId: z.string(), url: z.string().optional(), caption: z.string().optional() }),
]);

export const myProgressView = z.object({
  /** The server saw the lesson opened at this time (ISO), if ever. */
  openedAt: z.string().optional(),
  studied: z.boolean(),
  studiedAt: z.string().optional(),
  /** A 送学上门 visit will bring this lesson (the member asked, or their profile needs it). */
  deliveryPlanned: z.boolean().optional(),
  /** Seconds of reading the server wants to see before 学完了 counts. */
  requiredReadSeconds: z.number(),
  /** Seconds of listening that count instead, when there is a recording. */
  requiredListenSeconds: z.number().optional(),
});

export const lessonDetailView = lessonSummaryView.extend({
  body: z.array(bodyBlockView),
  coverFileId: z.string().optional(),
  audioFileId: z.string().optional(),
  audioUrl: z.string().optional(),
  audioSeconds: z.number().optional(),
  videoFileId: z.string().optional(),
  videoUrl: z.string().optional(),
  /** Set for editors (author's branch secretary, staff): may edit / publish / withdraw. */
  canManage: z.boolean(),
  mine: myProgressView,
});
export type LessonDetail = z.infer<typeof lessonDetailView>;

export const studyRecordView = z.object({
  id: z.string(),
  kind: z.enum(STUDY_KINDS),
  lessonId: z.string().optional(),
  title: z.string(),
  category: z.enum(LESSON_CATEGORIES).optional(),
  month: z.string(),
  studiedAt: z.string(),
});
export type StudyRecordView = z.infer<typeof studyRecordView>;

export const DELIVERY_STATUSES = ['open', 'done'] as const;
export const deliveryTaskView = z.object({
  id: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  branchId: z.string(),
  lessonIds: z.array(z.string()),
  lessonTitles: z.array(z.string()),
  visitorName: z.string(),
  dueDate: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  note: z.string().optional(),
  visitedOn: z.string().optional(),
  visitNotes: z.string().optional(),
  /** Made by the 送学上门 job for a member whose profile needs home delivery (shown as 自动生成). */
  auto: z.boolean().optional(),
  /** The member asked for it themselves (请送学上门 on a lesson). */
  byMember: z.boolean().optional(),
  /** The visit's photo (temporary URL), when one was taken. */
  photoUrl: z.string().optional(),
  /**
   * How to find and reach the member, from their 一人一策: only on open tasks in the visitor's own
   * list (lessons.deliveries), never on other views of the task.
   */
  home: z
    .object({
      address: z.string().optional(),
      landmark: z.string().optional(),
      phone: z.string().optional(),
      contact: z.object({ name: z.string(), relation: z.string(), phone: z.string() }),
    })
    .optional(),
  createdAt: z.string(),
});
export type DeliveryTaskView = z.infer<typeof deliveryTaskView>;

export const dateOnly = (label: string) =>
  z.string({ error: `请填写${label}` }).regex(/^\d{4}-\d{2}-\d{2}$/, `${label}请按“2026-12-01”的样子填写`);
export const monthOnly = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式不对');

import { COLLECTIONS } from '../../contract/collections';
import { AppError } from '../../platform/app-error';
import { checked } from '../../platform/database';
import { requireMember, type Handler } from '../../platform/routes';
import { requireUploadGroups } from '../../platform/uploaded-files';
import { imageIds } from '../../contract/lesson-body';
import { estimateMinutes } from '../../contract/reading-time';
import { getBranch } from '../members/branches/branch-store';
import { canApply } from '../../domain/lessons/lifecycle';
import { COUNTY, getLesson, requireManage, toDetail, type LessonDoc } from './store';
import { holds, STAFF } from '../../contract/roles';

/**
 * Write a lesson or edit a draft. A secretary writes for the branch they run (never county-wide);
 * staff write for the county or name a branch. Saving never publishes.
 */
export const save: Handler<'lessons.save'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  // Without stated minutes, the lesson gets the estimate from its own content (what the editor shows).
  const lesson = { ...input.lesson, estimatedMinutes: input.lesson.estimatedMinutes ?? estimateMinutes(input.lesson) };
  const isStaff = holds(ctx.caller.roles, STAFF);

  let branchId: string | undefined;
  let branchName: string | undefined;
  if (lesson.audience === 'county') {
    if (!isStaff) throw new AppError('FORBIDDEN', { audience: '全县的课程由老干部局工作人员发布，请选择“本支部”' });
  } else {
    branchId = isStaff ? lesson.branchId : member.secretaryOf;
    if (!branchId) throw new AppError('VALIDATION_FAILED', { branchId: '请选择党支部' });
    if (!isStaff && lesson.branchId && lesson.branchId !== branchId) throw new AppError('FORBIDDEN', { branchId: '只能给您负责的支部发课程' });
    branchName = (await getBranch(db, branchId)).name;
  }

  // Cover, body images, recording and video: only files of this environment under their lessons/ prefix.
  const files = ctx.deps.files;
  await requireUploadGroups(files, [
    { fileIds: lesson.coverFileId ? [lesson.coverFileId] : [], purpose: 'lessonCover', field: 'coverFileId' },
    { fileIds: imageIds(lesson.body), purpose: 'lessonImage', field: 'body' },
    { fileIds: lesson.audioFileId ? [lesson.audioFileId] : [], purpose: 'lessonAudio', field: 'audioFileId' },
    { fileIds: lesson.videoFileId ? [lesson.videoFileId] : [], purpose: 'lessonVideo', field: 'videoFileId' },
  ]);

  const fields = {
    title: lesson.title,
    summary: lesson.summary,
    category: lesson.category,
    series: lesson.series || db.command.remove(),
    seriesOrder: lesson.seriesOrder ?? db.command.remove(),
    body: lesson.body,
    coverFileId: lesson.coverFileId ?? db.command.remove(),
    audioFileId: lesson.audioFileId ?? db.command.remove(),
    audioSeconds: lesson.audioSeconds ?? db.command.remove(),
    videoFileId: lesson.videoFileId ?? db.command.remove(),
    estimatedMinutes: lesson.estimatedMinutes,
    audience: lesson.audience,
    branchId: branchId ?? db.command.remove(),
    branchName: branchName ?? db.command.remove(),
    audienceKey: branchId ?? COUNTY,
    updatedAt: ctx.now,
  };
  // The stored shape, without the "remove" markers used for updates.
  const plain = Object.fromEntries(
    Object.entries({ ...lesson, branchId, branchName, audienceKey: branchId ?? COUNTY, updatedAt: ctx.now }).filter(([, v]) => v !== undefined && v !== ''),
  ) as Partial<LessonDoc>;

  if (!input.lessonId) {
    const doc = { ...plain, status: 'draft', authorId: member._id, authorName: member.name, createdAt: ctx.now } as Omit<LessonDoc, '_id'>;
    const added = checked(await db.collection(COLLECTIONS.lessons).add(doc)) as { id: string };
    return toDetail(ctx.caller, { ...doc, _id: added.id }, null);
  }

  const current = await getLesson(db, input.lessonId);
  requireManage(ctx.caller, current);
  if (!canApply(current.status, 'edit')) throw new AppError('INVALID_STATE');
  // Only a draft is edited, and only if it is still a draft when the write lands.
  const { updated } = checked(await db.collection(COLLECTIONS.lessons).where({ _id: current._id, status: 'draft' }).update(fields)) as { updated: number };
  // Zero updated is also what an identical re-save answers (nothing modified): only a lesson that left
  // the draft state in between is a conflict.
  if (!updated && (await getLesson(db, current._id)).status !== 'draft') throw new AppError('INVALID_STATE');
  const next: LessonDoc = {
    _id: current._id,
    status: current.status,
    authorId: current.authorId,
    authorName: current.authorName,
    createdAt: current.createdAt,
    ...(plain as Omit<LessonDoc, '_id' | 'status' | 'authorId' | 'authorName' | 'createdAt'>),
  };
  return toDetail(ctx.caller, next, null);
};

import { COLLECTIONS } from '../../contract/collections';
import { AppError } from '../../platform/app-error';
import { checked, inTransaction, isDuplicateWrite, iso, readDoc } from '../../platform/database';
import { pageWindow, toPage } from '../../platform/paging';
import { requireMember, type Handler } from '../../platform/routes';
import { chinaMonth } from '../../domain/lessons/month';
import { judgeStudy, legacyReadSeconds, remainingText, requiredReadSeconds } from '../../domain/lessons/study-time';
import { ensureTallies, tallyStudy } from './tallies';
import { canRead, getLesson, onlineRecordId, progressId, type ProgressDoc, type StudyRecordDoc } from './store';

/**
 * The server notes when the reader opened the lesson: the clock 学完了 is checked against. Opening
 * again restarts it (the reader is starting over); a studied lesson keeps its record untouched.
 */
export const open: Handler<'lessons.open'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const id = progressId(member._id, input.lessonId);
  const [lesson, progress] = await Promise.all([getLesson(db, input.lessonId), readDoc<ProgressDoc>(db, COLLECTIONS.lessonProgress, id)]);
  if (!canRead(ctx.caller, lesson)) throw new AppError('NOT_FOUND');
    if (progress?.studied) return { openedAt: iso(progress.openedAt ?? progress.studiedAt) as string, studied: true };
  const doc: Omit<ProgressDoc, '_id'> = {
    memberId: member._id,
    lessonId: lesson._id,
    branchId: member.branchId,
    openedAt: ctx.now,
    estimatedMinutes: lesson.estimatedMinutes,
    // The reading wanted is fixed at the opening, from the content the reader was shown.
    requiredReadSeconds: requiredReadSeconds(lesson),
    ...(lesson.audioSeconds ? { audioSeconds: lesson.audioSeconds } : {}),
    studied: false,
  };
  checked(await db.collection(COLLECTIONS.lessonProgress).doc(id).set(doc));
  return { openedAt: ctx.now.toISOString(), studied: false };
};

/**
 * 学完了. The claim (seconds read or listened) is capped by what the server saw since it recorded the
 * opening; too little is a field error that says how much more, in plain words. The record and the
 * progress mark commit together; a second 学完了 answers the first one's result.
 */
export const finish: Handler<'lessons.finish'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const pid = progressId(member._id, input.lessonId);
  const progress = await readDoc<ProgressDoc>(db, COLLECTIONS.lessonProgress, pid);
  const month = chinaMonth(ctx.now);
  const monthCount = async () =>
    (await db.collection(COLLECTIONS.studyRecords).where({ memberId: member._id, month }).count()).total as number;

  if (progress?.studied && progress.studiedAt) return { studied: true as const, studiedAt: iso(progress.studiedAt) as string, monthCount: await monthCount() };
  // Never opened (or opened on another lesson id): there is no time to check against.
  if (!progress?.openedAt) throw new AppError('INVALID_STATE');
  const verdict = judgeStudy({
    needReadSeconds: progress.requiredReadSeconds ?? legacyReadSeconds(progress.estimatedMinutes),
    audioSeconds: progress.audioSeconds,
    openedAt: new Date(progress.openedAt),
    now: ctx.now,
    readSeconds: input.readSeconds,
    listenedSeconds: input.listenedSeconds,
  });
  if (!verdict.ok) throw new AppError('VALIDATION_FAILED', { readSeconds: `${remainingText(verdict.remainingSeconds)}，再点“学完了”` });

  const lesson = await getLesson(db, input.lessonId);
  if (!canRead(ctx.caller, lesson)) throw new AppError('NOT_FOUND');
  const record: StudyRecordDoc = {
    _id: onlineRecordId(member._id, lesson._id),
    kind: 'online',
    memberId: member._id,
    memberName: member.name,
    branchId: member.branchId,
    lessonId: lesson._id,
    title: lesson.title,
    category: lesson.category,
    month,
    studiedAt: ctx.now,
    createdAt: ctx.now,
  };
  await ensureTallies(db, [record]);
  try {
    await inTransaction(db, async (tx) => {
      checked(await tx.collection(COLLECTIONS.studyRecords).add(record));
      await tallyStudy(db, tx, record);
      checked(await tx.collection(COLLECTIONS.lessonProgress).doc(pid).update({ studied: true, studiedAt: ctx.now, studiedKind: 'online' }));
    });
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error; // studied already (another device): the first one stands
  }
  return { studied: true as const, studiedAt: ctx.now.toISOString(), monthCount: await monthCount() };
};

/** 我的学习: what I studied (any kind), newest first, by month and category; a gentle tally of the month. */
export const myStudy: Handler<'lessons.myStudy'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const month = input.month ?? chinaMonth(ctx.now);
  const filter: Record<string, unknown> = { memberId: member._id, month };
  if (input.category) filter.category = input.category;
  const { skip, limit } = pageWindow(input);
  const [rows, counted] = await Promise.all([
    db.collection(COLLECTIONS.studyRecords).where(filter).orderBy('studiedAt', 'desc').skip(skip).limit(limit).get(),
    db.collection(COLLECTIONS.studyRecords).where({ memberId: member._id, month }).count(),
  ]);
  const paged = toPage(rows.data as StudyRecordDoc[], input, (r) => ({
    id: r._id,
    kind: r.kind,
    ...(r.lessonId ? { lessonId: r.lessonId } : {}),
    title: r.title,
    ...(r.category ? { category: r.category } : {}),
    month: r.month,
    studiedAt: iso(r.studiedAt) as string,
  }));
  return { ...paged, month, monthCount: counted.total as number };
};

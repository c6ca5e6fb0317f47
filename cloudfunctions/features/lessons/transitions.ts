import { COLLECTIONS } from '../../contract/collections';
import type { LessonStatus } from '../../contract/lesson-model';
import { AppError } from '../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import { checked, inTransaction, readDoc } from '../../platform/database';
import type { MemberDoc } from '../../platform/caller';
import type { ActionContext, Handler } from '../../platform/routes';
import { lessonText } from '../../domain/lessons/body';
import { nextStatus, type LessonEvent } from '../../domain/lessons/lifecycle';
import { getLesson, requireManage, toDetail, type LessonDoc } from './store';
import { holds, STAFF } from '../../contract/roles';
import { PAGES } from '../../contract/pages';

/**
 * Moves a lesson through its lifecycle inside one transaction: re-read, check the state, write the
 * lesson and (for publish/withdraw) its audit entry together.
 */
const transition = async (
  ctx: ActionContext,
  lessonId: string,
  event: LessonEvent,
  verdict: 'pass' | 'review' | 'risky',
  audited: boolean,
  expectedUpdatedAt?: Date,
  reason?: string,
): Promise<LessonDoc> =>
  inTransaction(ctx.deps.db, async (tx) => {
    const lesson = await readDoc<LessonDoc>(tx, COLLECTIONS.lessons, lessonId);
    if (!lesson) throw new AppError('NOT_FOUND');
    requireManage(ctx.caller, lesson);
    const status = nextStatus(lesson.status, event, verdict);
    if (!status) throw new AppError('INVALID_STATE');
    // Edited between the safety check and now: what was checked is not what would be published.
    if (expectedUpdatedAt && new Date(lesson.updatedAt).getTime() !== expectedUpdatedAt.getTime()) throw new AppError('CONFLICT');
    const change: Record<string, unknown> = { status, updatedAt: ctx.now };
    if (status === 'published') {
      change.publishedAt = ctx.now;
      change.returnReason = '';
      // The 送学上门 job (features/jobs/home-delivery.ts) picks this up; publishing itself stays one write.
      change.autoDelivery = 'pending';
    }
    if (event === 'return') change.returnReason = reason ?? '';
    if (status === 'withdrawn') change.withdrawnAt = ctx.now;
    if (status === 'held') change.heldVerdict = verdict;
    checked(await tx.collection(COLLECTIONS.lessons).doc(lessonId).update(change));
    if (audited) {
      const before: { status: LessonStatus } = { status: lesson.status };
      const after = { status, ...(status === 'held' ? { verdict } : {}), ...(event === 'return' ? { reason } : {}) };
      checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'lesson', id: lessonId }, before, after)));
    }
    return { ...lesson, ...change } as LessonDoc;
  });

/** Publish: every word passes content safety first; a verdict that is not 'pass' holds the lesson. */
export const publish: Handler<'lessons.publish'> = async (ctx, input) => {
  const lesson = await getLesson(ctx.deps.db, input.lessonId);
  requireManage(ctx.caller, lesson);
  if (!nextStatus(lesson.status, 'publish')) throw new AppError('INVALID_STATE');
  // Outside the transaction: a slow check must not hold locks.
  const verdict = await ctx.deps.contentSafety.check(lessonText(lesson), ctx.caller.openid);
  const done = await transition(ctx, lesson._id, 'publish', verdict, true, new Date(lesson.updatedAt));
  return toDetail(ctx.caller, done, null);
};

export const withdraw: Handler<'lessons.withdraw'> = async (ctx, input) =>
  toDetail(ctx.caller, await transition(ctx, input.lessonId, 'withdraw', 'pass', true), null);

export const toDraft: Handler<'lessons.toDraft'> = async (ctx, input) =>
  toDetail(ctx.caller, await transition(ctx, input.lessonId, 'toDraft', 'pass', false), null);

const tellAuthor = async (ctx: ActionContext, lesson: LessonDoc, outcome: string) => {
  const author = await readDoc<MemberDoc>(ctx.deps.db, COLLECTIONS.members, lesson.authorId);
  if (!author) return;
  await ctx.deps.notifier.notify({
    to: author.openid,
    template: 'lessonReview',
    page: PAGES.secretaryLessons,
    data: { thing1: lesson.title, phrase2: outcome, thing3: lesson.returnReason || '老同志现在可以看到了' },
  });
};

/** Staff review of a held lesson: approve (→ published, members see it) — audited; the author is told. */
export const approve: Handler<'lessons.approve'> = async (ctx, input) => {
  if (!holds(ctx.caller.roles, STAFF)) throw new AppError('FORBIDDEN');
  const done = await transition(ctx, input.lessonId, 'approve', 'pass', true);
  await tellAuthor(ctx, done, '审核通过');
  return toDetail(ctx.caller, done, null);
};

/** Staff review of a held lesson: back to draft with a reason the author sees — audited; the author is told. */
export const returnToAuthor: Handler<'lessons.return'> = async (ctx, input) => {
  if (!holds(ctx.caller.roles, STAFF)) throw new AppError('FORBIDDEN');
  const done = await transition(ctx, input.lessonId, 'return', 'pass', true, undefined, input.reason);
  await tellAuthor(ctx, done, '退回修改');
  return toDetail(ctx.caller, done, null);
};

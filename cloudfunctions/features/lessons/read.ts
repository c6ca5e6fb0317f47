import { COLLECTIONS } from '../../contract/collections';
import { AppError } from '../../platform/app-error';
import { escapeRegExp, readDoc } from '../../platform/database';
import { pageWindow, toPage } from '../../platform/paging';
import { requireMember, type Handler } from '../../platform/routes';
import { COUNTY, canRead, fileIdsOf, getLesson, progressId, toDetail, toSummary, urlsFor, type LessonDoc, type ProgressDoc } from './store';
import { holds, STAFF } from '../../contract/roles';

/** What an author manages: a secretary, their branch's lessons; staff, every lesson. Newest change first. */
export const manage: Handler<'lessons.manage'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const filter: Record<string, unknown> = {};
  if (!holds(ctx.caller.roles, STAFF)) filter.audienceKey = member.secretaryOf ?? '-';
  if (input.status) filter.status = input.status;
  const { skip, limit } = pageWindow(input);
  const { data } = await db.collection(COLLECTIONS.lessons).where(filter).orderBy('updatedAt', 'desc').skip(skip).limit(limit).get();
  return toPage(data as LessonDoc[], input, (doc) => toSummary(doc));
};

/**
 * The reader's list: published lessons of their branch and of the county, newest first, by category
 * and title. A second read marks the ones they have studied.
 */
export const list: Handler<'lessons.list'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const _ = db.command;
  const filter: Record<string, unknown> = { audienceKey: _.in([member.branchId, COUNTY]), status: 'published' };
  if (input.category) filter.category = input.category;
  if (input.keyword) filter.title = db.RegExp({ regexp: escapeRegExp(input.keyword), options: 'i' });
  const { skip, limit } = pageWindow(input);
  const rows = (await db.collection(COLLECTIONS.lessons).where(filter).orderBy('publishedAt', 'desc').skip(skip).limit(limit).get()).data as LessonDoc[];
  const shown = rows.slice(0, input.pageSize);
  const ids = shown.map((l) => progressId(member._id, l._id));
  const studied = new Set<string>();
  if (ids.length) {
    const { data } = await db.collection(COLLECTIONS.lessonProgress).where({ _id: _.in(ids), studied: true }).limit(ids.length).get();
    for (const p of data as ProgressDoc[]) studied.add(p.lessonId);
  }
  const covers = await urlsFor(ctx.deps.files, shown.flatMap((l) => (l.coverFileId ? [l.coverFileId] : [])));
  return toPage(rows, input, (doc) => ({ ...toSummary(doc, covers), studied: studied.has(doc._id) }));
};

/** One lesson in full, with the reader's progress and temporary URLs for its pictures and recording. */
export const get: Handler<'lessons.get'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const [lesson, progress] = await Promise.all([
    getLesson(db, input.lessonId),
    readDoc<ProgressDoc>(db, COLLECTIONS.lessonProgress, progressId(member._id, input.lessonId)),
  ]);
  // Not yours to see is the same answer as not there: ids of other branches' drafts reveal nothing.
  if (!canRead(ctx.caller, lesson)) throw new AppError('NOT_FOUND');
  const urls = await urlsFor(ctx.deps.files, fileIdsOf(lesson));
  return toDetail(ctx.caller, lesson, progress, urls);
};

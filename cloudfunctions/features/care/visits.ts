import { chinaDay } from '../../contract/day-words';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import { AppError } from '../../platform/app-error';
import type { MemberDoc } from '../../platform/caller';
import { checked, inTransaction, isDuplicateWrite, readDoc } from '../../platform/database';
import { pageWindow, toPage } from '../../platform/paging';
import { requireUploads } from '../../platform/uploaded-files';
import { requireMember, type Handler } from '../../platform/routes';
import { eventDueBy } from '../../domain/care/occasions';
import { getMember, listBranch, requireCareFor } from './access';
import { readCareSettings } from './settings';
import { newProblem } from './problems';
import { count, ensureTally, firstVisitThisYear, type CareCount } from './tallies';
import { PROBLEMS, VISITS, toVisitView, type VisitDoc } from './store';

/**
 * 四必访: 住院 / 变故 / 困难 / 去世, reported by the member themselves, their branch secretary or staff,
 * becomes a due visit at once, with the deadline the occasion allows. While one is still due for the
 * same person and occasion, another report joins it (its note is kept on the audit trail), so a family
 * and a secretary reporting the same stay in hospital make one visit. Audited.
 */
export const report: Handler<'care.report'> = async (ctx, input) => {
  const { member: me } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const person: MemberDoc = input.memberId && input.memberId !== me._id ? await getMember(db, input.memberId) : me;
  if (person._id !== me._id) requireCareFor(ctx.caller, person.branchId);
  const today = chinaDay(ctx.now);
  const [open, settings] = await Promise.all([
    db.collection(VISITS).where({ memberId: person._id, occasion: input.occasion, status: 'due' }).limit(1).get(),
    readCareSettings(db),
  ]);
  const existing = (open.data as VisitDoc[])[0];
  const doc: VisitDoc = existing ?? {
    // One per person, occasion and day: two reports racing on the same day meet on this id.
    _id: `${input.occasion}-${person._id}-${today}`,
    memberId: person._id,
    memberName: person.name,
    branchId: person.branchId,
    branchName: person.branchName,
    occasion: input.occasion,
    year: Number(today.slice(0, 4)),
    dueBy: eventDueBy(input.occasion, today, settings),
    status: 'due',
    reportedBy: person._id === me._id ? '本人' : me.name,
    ...(input.note ? { reportNote: input.note } : {}),
    createdAt: ctx.now,
  };
  try {
    await inTransaction(db, async (tx) => {
      if (!existing) checked(await tx.collection(VISITS).add(doc));
      checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'care_visit', id: doc._id }, null, {
        occasion: input.occasion, memberId: person._id, joined: !!existing, ...(input.note ? { note: input.note } : {}),
      })));
    });
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
    // Someone else's report of the same made it a moment ago: this one joins theirs.
    const theirs = await readDoc<VisitDoc>(db, VISITS, doc._id);
    if (!theirs) throw error;
    await inTransaction(db, async (tx) => {
      checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'care_visit', id: doc._id }, null, { occasion: input.occasion, memberId: person._id, joined: true })));
    });
    return toVisitView(theirs, ctx.now);
  }
  return toVisitView(doc, ctx.now);
};

/**
 * A visit done: 上门 / 电话 / 微信, by whom, when, what was found. A problem raised on the visit becomes a
 * tracked item in the same transaction, and the year's figures count both there. Audited.
 */
export const recordVisit: Handler<'care.recordVisit'> = async (ctx, input) => {
  const { member: me } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const head = await readDoc<VisitDoc>(db, VISITS, input.visitId);
  if (!head) throw new AppError('NOT_FOUND', { visitId: '没有找到这次走访任务' });
  requireCareFor(ctx.caller, head.branchId);
  if (input.visitedOn > chinaDay(ctx.now)) throw new AppError('VALIDATION_FAILED', { visitedOn: '走访日期不能晚于今天' });
  // Each photo must really be a stored upload of this environment under care/visits/.
  const photos = [...new Set(input.photos ?? [])];
  const urls = photos.length ? await requireUploads(ctx.deps.files, photos, 'careVisitPhoto', 'photos') : undefined;
  const year = Number(input.visitedOn.slice(0, 4));
  const problemYear = Number(chinaDay(ctx.now).slice(0, 4));
  await Promise.all([ensureTally(db, year, head.branchId), ensureTally(db, problemYear, head.branchId)]);
  const person = input.problem?.trim() ? await getMember(db, head.memberId) : null;
  const problem = person && input.problem ? newProblem(ctx, person, input.problem.trim(), 'visit', me.name, head._id) : null;
  const done = await inTransaction(db, async (tx) => {
    const v = await readDoc<VisitDoc>(tx, VISITS, head._id);
    if (!v || v.status !== 'due') throw new AppError('INVALID_STATE', { visitId: '这次走访已经登记过了' });
    const change = {
      status: 'done' as const, visitedOn: input.visitedOn, way: input.way, visitors: input.visitors, found: input.found, doneAt: ctx.now,
      ...(problem ? { problemId: problem._id } : {}),
      ...(photos.length ? { photos } : {}),
    };
    checked(await tx.collection(VISITS).doc(v._id).update(change));
    const counts: CareCount[] = ['visitsDone', ...(v.occasion === 'hospital' ? (['hospitalVisits'] as const) : [])];
    if (await firstVisitThisYear(tx, year, v.memberId, v.branchId)) counts.push('peopleVisited');
    await count(tx, db, year, v.branchId, counts, v.occasion);
    if (problem) {
      checked(await tx.collection(PROBLEMS).add(problem));
      await count(tx, db, problemYear, v.branchId, ['problemsRaised']);
    }
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'care_visit', id: v._id }, { status: 'due' }, change)));
    return { ...v, ...change };
  });
  return toVisitView(done, ctx.now, urls);
};

/** Visits still due, soonest deadline first (overdue ones lead): the county for staff, a branch for its secretary. */
export const dueVisits: Handler<'care.dueVisits'> = async (ctx, input) => {
  const branchId = await listBranch(ctx.deps.db, ctx.caller, input.branchId);
  const { skip, limit } = pageWindow(input);
  const { data } = await ctx.deps.db
    .collection(VISITS)
    .where(branchId ? { branchId, status: 'due' } : { status: 'due' })
    .orderBy('dueBy', 'asc')
    .skip(skip)
    .limit(limit)
    .get();
  return toPage(data as VisitDoc[], input, (v) => toVisitView(v, ctx.now));
};

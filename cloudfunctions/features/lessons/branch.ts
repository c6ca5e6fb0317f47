import { COLLECTIONS } from '../../contract/collections';
import type { DeliveryTaskView } from '../../contract/lesson-model';
import { AppError } from '../../platform/app-error';
import type { Caller, MemberDoc } from '../../platform/caller';
import { checked, inTransaction, iso, readDoc } from '../../platform/database';
import { pageWindow, toPage } from '../../platform/paging';
import { requireMember, type Handler } from '../../platform/routes';
import { getBranch } from '../members/branches/branch-store';
import { chinaMonth } from '../../domain/lessons/month';
import { requireUploads } from '../../platform/uploaded-files';
import { ensureTallies, tallyStudy } from './tallies';
import { homesFor } from './delivery-homes';
import { getLesson, progressId, urlsFor, type LessonDoc, type ProgressDoc, type StudyRecordDoc } from './store';
import { holds, STAFF } from '../../contract/roles';

/** The branch a secretary or staff member is working on: a secretary only ever their own. */
const workingBranch = (caller: Caller, requested: string | undefined, fallback?: string): string => {
  if (holds(caller.roles, STAFF)) {
    const id = requested ?? fallback;
    if (!id) throw new AppError('VALIDATION_FAILED', { branchId: '请选择党支部' });
    return id;
  }
  const own = caller.member?.secretaryOf;
  if (!own || (requested && requested !== own)) throw new AppError('FORBIDDEN');
  return own;
};

const visibleTo = (lesson: LessonDoc, branchId: string) => lesson.audience === 'county' || lesson.branchId === branchId;

/** For one lesson, the branch's members a page at a time: studied (how, when) or not, and any open 送学 task. */
export const branchProgress: Handler<'lessons.branchProgress'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const _ = db.command;
  const lesson = await getLesson(db, input.lessonId);
  const branchId = workingBranch(ctx.caller, input.branchId, lesson.branchId);
  if (!visibleTo(lesson, branchId)) throw new AppError('NOT_FOUND');
  const branch = await getBranch(db, branchId);
  const { skip, limit } = pageWindow(input);
  const [membersRes, studiedCount] = await Promise.all([
    db.collection(COLLECTIONS.members).where({ branchId }).orderBy('name', 'asc').skip(skip).limit(limit).get(),
    db.collection(COLLECTIONS.lessonProgress).where({ lessonId: lesson._id, branchId, studied: true }).count(),
  ]);
  const members = (membersRes.data as MemberDoc[]).slice(0, input.pageSize);
  const ids = members.map((m) => m._id);
  const progress = new Map<string, ProgressDoc>();
  const tasks = new Map<string, string>();
  if (ids.length) {
    const [p, t] = await Promise.all([
      db.collection(COLLECTIONS.lessonProgress).where({ _id: _.in(ids.map((m) => progressId(m, lesson._id))) }).limit(ids.length).get(),
      db.collection(COLLECTIONS.deliveryTasks).where({ memberId: _.in(ids), status: 'open', lessonIds: lesson._id }).limit(100).get(),
    ]);
    for (const doc of p.data as ProgressDoc[]) progress.set(doc.memberId, doc);
    for (const doc of t.data as Array<{ _id: string; memberId: string }>) tasks.set(doc.memberId, doc._id);
  }
  const paged = toPage(membersRes.data as MemberDoc[], input, (m) => {
    const p = progress.get(m._id);
    const studied = !!p?.studied;
    return {
      memberId: m._id,
      name: m.name,
      needsHomeDelivery: !!m.needsHomeDelivery,
      studied,
      ...(studied && p?.studiedKind ? { kind: p.studiedKind } : {}),
      ...(studied && p?.studiedAt ? { studiedAt: iso(p.studiedAt) } : {}),
      ...(tasks.get(m._id) ? { deliveryTaskId: tasks.get(m._id) } : {}),
    };
  });
  return { ...paged, lessonTitle: lesson.title, branchName: branch.name, memberCount: branch.memberCount ?? 0, studiedCount: studiedCount.total as number };
};

export interface DeliveryTaskDoc {
  _id: string;
  memberId: string;
  memberName: string;
  branchId: string;
  lessonIds: string[];
  lessonTitles: string[];
  visitorName: string;
  dueDate: string;
  status: 'open' | 'done';
  note?: string;
  visitedOn?: string;
  visitNotes?: string;
  photoFileId?: string;
  /** Made by the 送学上门 job, not by a person. */
  auto?: boolean;
  /** Asked for by the member on a lesson (请送学上门). */
  byMember?: boolean;
  createdBy: string;
  createdAt: Date;
  doneAt?: Date;
}

const toTaskView = (t: DeliveryTaskDoc, urls: Record<string, string> = {}): DeliveryTaskView => ({
  id: t._id,
  memberId: t.memberId,
  memberName: t.memberName,
  branchId: t.branchId,
  lessonIds: t.lessonIds,
  lessonTitles: t.lessonTitles,
  visitorName: t.visitorName,
  dueDate: t.dueDate,
  status: t.status,
  ...(t.note ? { note: t.note } : {}),
  ...(t.visitedOn ? { visitedOn: t.visitedOn } : {}),
  ...(t.visitNotes ? { visitNotes: t.visitNotes } : {}),
  ...(t.auto ? { auto: true } : {}),
  ...(t.byMember ? { byMember: true } : {}),
  ...(t.photoFileId && urls[t.photoFileId] ? { photoUrl: urls[t.photoFileId] } : {}),
  createdAt: iso(t.createdAt) as string,
});

const lessonsFor = async (ctx: Parameters<Handler<'lessons.assignDelivery'>>[0], ids: string[], branchId: string) => {
  const unique = [...new Set(ids)];
  const { data } = await ctx.deps.db.collection(COLLECTIONS.lessons).where({ _id: ctx.deps.db.command.in(unique) }).limit(unique.length).get();
  const byId = new Map((data as LessonDoc[]).map((l) => [l._id, l]));
  return unique.map((id) => {
    const l = byId.get(id);
    if (!l || l.status !== 'published' || !visibleTo(l, branchId)) throw new AppError('NOT_FOUND', { lessonIds: '有一课没有找到，或还没有发布' });
    return l;
  });
};

/** 送学上门: a task to bring lessons to a member of the branch who cannot come — who visits, by when. */
export const assignDelivery: Handler<'lessons.assignDelivery'> = async (ctx, input) => {
  const { member: me } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const target = await readDoc<MemberDoc>(db, COLLECTIONS.members, input.memberId);
  if (!target) throw new AppError('MEMBER_NOT_FOUND');
  workingBranch(ctx.caller, target.branchId === me.secretaryOf || holds(ctx.caller.roles, STAFF) ? target.branchId : '-');
  const lessons = await lessonsFor(ctx, input.lessonIds, target.branchId);
  const doc: Omit<DeliveryTaskDoc, '_id'> = {
    memberId: target._id,
    memberName: target.name,
    branchId: target.branchId,
    lessonIds: lessons.map((l) => l._id),
    lessonTitles: lessons.map((l) => l.title),
    visitorName: input.visitorName,
    dueDate: input.dueDate,
    status: 'open',
    ...(input.note ? { note: input.note } : {}),
    createdBy: me._id,
    createdAt: ctx.now,
  };
  const added = checked(await db.collection(COLLECTIONS.deliveryTasks).add(doc)) as { id: string };
  return toTaskView({ ...doc, _id: added.id });
};

export const deliveries: Handler<'lessons.deliveries'> = async (ctx, input) => {
  const branchId = workingBranch(ctx.caller, input.branchId);
  const { skip, limit } = pageWindow(input);
  const { data } = await ctx.deps.db
    .collection(COLLECTIONS.deliveryTasks)
    .where({ branchId, status: input.status })
    .orderBy('dueDate', input.status === 'open' ? 'asc' : 'desc')
    .skip(skip)
    .limit(limit)
    .get();
  const tasks = data as DeliveryTaskDoc[];
  const [urls, homes] = await Promise.all([
    urlsFor(ctx.deps.files, tasks.flatMap((t) => (t.photoFileId ? [t.photoFileId] : []))),
    homesFor(ctx.deps.db, tasks.filter((t) => t.status === 'open').map((t) => t.memberId)),
  ]);
  return toPage(tasks, input, (t) => {
    const home = homes.get(t.memberId);
    return { ...toTaskView(t, urls), ...(home ? { home } : {}) };
  });
};

/**
 * The visit, recorded: the task is done, and each lesson covered becomes a study record of kind
 * `delivery` for the member (counted apart from self-study), all in one transaction.
 */
export const recordVisit: Handler<'lessons.recordVisit'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const task = await readDoc<DeliveryTaskDoc>(db, COLLECTIONS.deliveryTasks, input.taskId);
  if (!task) throw new AppError('NOT_FOUND');
  workingBranch(ctx.caller, task.branchId);
  // The photo must really be a stored upload of this environment under deliveries/.
  const urls = input.photoFileId ? await requireUploads(ctx.deps.files, [input.photoFileId], 'deliveryPhoto', 'photoFileId') : {};
  const covered = [...new Set(input.lessonIds)];
  if (covered.some((id) => !task.lessonIds.includes(id))) throw new AppError('VALIDATION_FAILED', { lessonIds: '只能登记这次任务里的课程' });
  const visitedAt = new Date(`${input.visitedOn}T12:00:00+08:00`);
  if (visitedAt.getTime() > ctx.now.getTime() + 24 * 3600 * 1000) throw new AppError('VALIDATION_FAILED', { visitedOn: '上门日期不能晚于今天' });
  const titles = new Map(task.lessonIds.map((id, i) => [id, task.lessonTitles[i]]));
  const lessons = await lessonsFor(ctx, covered, task.branchId).catch(() => covered.map((id) => ({ _id: id, title: titles.get(id) ?? '', category: undefined }) as unknown as LessonDoc));

  if (lessons.length) await ensureTallies(db, [{ memberId: task.memberId, branchId: task.branchId, month: chinaMonth(visitedAt) }]);
  const done = await inTransaction(db, async (tx) => {
    const fresh = await readDoc<DeliveryTaskDoc>(tx, COLLECTIONS.deliveryTasks, task._id);
    if (!fresh || fresh.status !== 'open') throw new AppError('INVALID_STATE');
    const change = {
      status: 'done' as const,
      visitedOn: input.visitedOn,
      ...(input.notes ? { visitNotes: input.notes } : {}),
      ...(input.visitorName ? { visitorName: input.visitorName } : {}),
      ...(input.photoFileId ? { photoFileId: input.photoFileId } : {}),
      doneAt: ctx.now,
    };
    checked(await tx.collection(COLLECTIONS.deliveryTasks).doc(task._id).update(change));
    for (const lesson of lessons) {
      const record: StudyRecordDoc = {
        _id: `dl_${task._id}_${lesson._id}`,
        kind: 'delivery',
        memberId: task.memberId,
        memberName: task.memberName,
        branchId: task.branchId,
        lessonId: lesson._id,
        taskId: task._id,
        title: lesson.title,
        ...(lesson.category ? { category: lesson.category } : {}),
        month: chinaMonth(visitedAt),
        studiedAt: visitedAt,
        createdAt: ctx.now,
      };
      checked(await tx.collection(COLLECTIONS.studyRecords).add(record));
      await tallyStudy(db, tx, record);
      const pid = progressId(task.memberId, lesson._id);
      const p = await readDoc<ProgressDoc>(tx, COLLECTIONS.lessonProgress, pid);
      if (!p) {
        const fresh: ProgressDoc = {
          _id: pid, memberId: task.memberId, lessonId: lesson._id, branchId: task.branchId,
          estimatedMinutes: lesson.estimatedMinutes ?? 1, studied: true, studiedAt: visitedAt, studiedKind: 'delivery',
        };
        checked(await tx.collection(COLLECTIONS.lessonProgress).add(fresh));
      } else if (!p.studied) {
        checked(await tx.collection(COLLECTIONS.lessonProgress).doc(pid).update({ studied: true, studiedAt: visitedAt, studiedKind: 'delivery' }));
      }
    }
    return { ...fresh, ...change };
  });
  return toTaskView(done, urls);
};

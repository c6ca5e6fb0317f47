import { COLLECTIONS } from '../../contract/collections';
import type { MemberDoc } from '../../platform/caller';
import { checked, inTransaction, oneDoc } from '../../platform/database';
import type { Deps } from '../../platform/deps';
import { chinaDate } from '../../domain/lessons/month';
import type { DeliveryTaskDoc } from '../lessons/branch';
import { progressId, type LessonDoc, type ProgressDoc } from '../lessons/store';

/**
 * 送学上门, automatically: members whose profile says `needsHomeDelivery` get the lessons published to
 * their branch or the county as a delivery task, without a secretary clicking.
 *
 * Why a job and not at publish time: a county-wide lesson reaches every homebound member of every
 * branch (a hundred or more), one transaction each — too much to hang on the author's 发布 tap and its
 * function timeout. Publishing only marks the lesson `autoDelivery: 'pending'` (in the same write);
 * this job, on the jobs function's timer and on jobs.runNow, works through pending lessons in batches.
 *
 * Idempotent, even with two runs at once: the member's progress doc for the lesson (`<member>_<lesson>`)
 * carries `autoTaskId`, read and written in the same transaction as the task, so a member+lesson is
 * handled once ever (a conflicting second writer fails and retries, then sees the mark). New lessons
 * join the member's open automatic task (never a secretary's own task, which is their plan) up to
 * MAX_LESSONS, else a new task; a lesson already in any open task of the member is only marked.
 */
const LESSONS_PER_RUN = 20;
const MEMBER_PAGE = 100;
const MAX_MEMBER_PAGES = 20;
const MAX_LESSONS = 5;
const DUE_DAYS = 14;
/** Shown as the visitor until the secretary arranges one (they see the task as 自动生成). */
export const AUTO_VISITOR = '待安排';

export interface HomeDeliverySummary {
  lessons: number;
  created: number;
  appended: number;
}

type Outcome = 'created' | 'appended' | 'skipped';

const deliverOne = async (deps: Deps, now: Date, lesson: LessonDoc, member: MemberDoc): Promise<Outcome> => {
  const { db } = deps;
  // Outside the transaction (queries are not transactional); the task found is re-read inside it.
  const open = (await db.collection(COLLECTIONS.deliveryTasks).where({ memberId: member._id, status: 'open' }).limit(20).get())
    .data as DeliveryTaskDoc[];
  return inTransaction(db, async (tx) => {
    const pid = progressId(member._id, lesson._id);
    const progress = oneDoc<ProgressDoc & { autoTaskId?: string }>((await tx.collection(COLLECTIONS.lessonProgress).doc(pid).get()).data);
    if (progress?.studied || progress?.autoTaskId) return 'skipped';
    const mark = async (taskId: string) => {
      if (progress) checked(await tx.collection(COLLECTIONS.lessonProgress).doc(pid).update({ autoTaskId: taskId }));
      else {
        const fresh: ProgressDoc & { autoTaskId: string } = {
          _id: pid, memberId: member._id, lessonId: lesson._id, branchId: member.branchId,
          estimatedMinutes: lesson.estimatedMinutes, studied: false, autoTaskId: taskId,
        };
        checked(await tx.collection(COLLECTIONS.lessonProgress).add(fresh));
      }
    };
    const already = open.find((t) => t.lessonIds.includes(lesson._id));
    if (already) {
      await mark(already._id);
      return 'skipped';
    }
    for (const candidate of open.filter((t) => t.auto && t.lessonIds.length < MAX_LESSONS)) {
      const task = oneDoc<DeliveryTaskDoc>((await tx.collection(COLLECTIONS.deliveryTasks).doc(candidate._id).get()).data);
      if (!task || task.status !== 'open' || task.lessonIds.length >= MAX_LESSONS) continue;
      checked(await tx.collection(COLLECTIONS.deliveryTasks).doc(task._id).update({
        lessonIds: [...task.lessonIds, lesson._id],
        lessonTitles: [...task.lessonTitles, lesson.title],
      }));
      await mark(task._id);
      return 'appended';
    }
    const doc: Omit<DeliveryTaskDoc, '_id'> = {
      memberId: member._id,
      memberName: member.name,
      branchId: member.branchId,
      lessonIds: [lesson._id],
      lessonTitles: [lesson.title],
      visitorName: AUTO_VISITOR,
      dueDate: chinaDate(new Date(now.getTime() + DUE_DAYS * 24 * 3600 * 1000)),
      status: 'open',
      note: '资料里写着需要送学上门，系统自动生成',
      auto: true,
      createdBy: 'system',
      createdAt: now,
    };
    const added = checked(await tx.collection(COLLECTIONS.deliveryTasks).add(doc)) as { id: string };
    await mark(added.id);
    return 'created';
  });
};

/** The members a lesson reaches who need home delivery, a page at a time (branch, or the whole county). */
const homebound = async (deps: Deps, lesson: LessonDoc, page: number): Promise<MemberDoc[]> => {
  const where = lesson.audience === 'county' ? { needsHomeDelivery: true } : { branchId: lesson.branchId, needsHomeDelivery: true };
  const { data } = await deps.db
    .collection(COLLECTIONS.members)
    .where(where)
    .orderBy('name', 'asc')
    .skip(page * MEMBER_PAGE)
    .limit(MEMBER_PAGE)
    .get();
  return data as MemberDoc[];
};

export const runHomeDeliveryJob = async (deps: Deps, now: Date): Promise<HomeDeliverySummary> => {
  const { db } = deps;
  const summary: HomeDeliverySummary = { lessons: 0, created: 0, appended: 0 };
  const { data } = await db
    .collection(COLLECTIONS.lessons)
    .where({ autoDelivery: 'pending' })
    .orderBy('publishedAt', 'asc')
    .limit(LESSONS_PER_RUN)
    .get();
  for (const lesson of data as LessonDoc[]) {
    // Withdrawn before the job came round: nothing to bring (tasks already made stay; the visit may still help).
    if (lesson.status === 'published') {
      for (let page = 0; page < MAX_MEMBER_PAGES; page += 1) {
        const members = await homebound(deps, lesson, page);
        for (const member of members) {
          const outcome = await deliverOne(deps, now, lesson, member);
          if (outcome !== 'skipped') summary[outcome] += 1;
        }
        if (members.length < MEMBER_PAGE) break;
      }
    }
    checked(await db.collection(COLLECTIONS.lessons).doc(lesson._id).update({ autoDelivery: 'done' }));
    summary.lessons += 1;
  }
  return summary;
};

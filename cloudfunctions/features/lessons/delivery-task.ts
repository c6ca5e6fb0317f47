import { COLLECTIONS } from '../../contract/collections';
import { PAGES } from '../../contract/pages';
import type { MemberDoc } from '../../platform/caller';
import { checked, inTransaction, readDoc } from '../../platform/database';
import type { Deps } from '../../platform/deps';
import { chinaDate } from '../../domain/lessons/month';
import type { DeliveryTaskDoc } from './branch';
import { progressId, type LessonDoc, type ProgressDoc } from './store';

/**
 * One lesson for one member's 送学上门, without a secretary choosing: from the job (their profile says
 * `needsHomeDelivery`) or from the member's own 请送学上门 on the lesson. Once per member and lesson,
 * ever: the member's progress doc (`<member>_<lesson>`) carries `autoTaskId`, read and written in the
 * same transaction as the task, so two at once cannot both add it (the second writer conflicts, retries
 * and sees the mark). The lesson joins the member's open task that was made this way (never a
 * secretary's own task, which is their plan) up to MAX_LESSONS, else a new task; a lesson already in
 * any open task of the member, or already studied, is only marked / skipped.
 */
const MAX_LESSONS = 5;
const DUE_DAYS = 14;
/** Shown as the visitor until the secretary names one (on recording the visit). */
export const AUTO_VISITOR = '待安排';

export type DeliverySource = 'auto' | 'member';
export type Outcome = 'created' | 'appended' | 'skipped';

export const giveDelivery = async (deps: Deps, now: Date, lesson: LessonDoc, member: MemberDoc, source: DeliverySource = 'auto'): Promise<{ outcome: Outcome; taskId?: string }> => {
  const { db } = deps;
  // Outside the transaction (queries are not transactional); the task found is re-read inside it.
  const open = (await db.collection(COLLECTIONS.deliveryTasks).where({ memberId: member._id, status: 'open' }).limit(20).get())
    .data as DeliveryTaskDoc[];
  return inTransaction(db, async (tx) => {
    const pid = progressId(member._id, lesson._id);
    const progress = await readDoc<ProgressDoc>(tx, COLLECTIONS.lessonProgress, pid);
    if (progress?.studied) return { outcome: 'skipped' as const };
    if (progress?.autoTaskId) return { outcome: 'skipped' as const, taskId: progress.autoTaskId };
    const mark = async (taskId: string) => {
      if (progress) checked(await tx.collection(COLLECTIONS.lessonProgress).doc(pid).update({ autoTaskId: taskId }));
      else {
        const fresh: ProgressDoc = {
          _id: pid, memberId: member._id, lessonId: lesson._id, branchId: member.branchId,
          estimatedMinutes: lesson.estimatedMinutes, studied: false, autoTaskId: taskId,
        };
        checked(await tx.collection(COLLECTIONS.lessonProgress).add(fresh));
      }
    };
    const already = open.find((t) => t.lessonIds.includes(lesson._id));
    if (already) {
      await mark(already._id);
      return { outcome: 'skipped' as const, taskId: already._id };
    }
    for (const candidate of open.filter((t) => (t.auto || t.byMember) && t.lessonIds.length < MAX_LESSONS)) {
      const task = await readDoc<DeliveryTaskDoc>(tx, COLLECTIONS.deliveryTasks, candidate._id);
      if (!task || task.status !== 'open' || task.lessonIds.length >= MAX_LESSONS) continue;
      checked(await tx.collection(COLLECTIONS.deliveryTasks).doc(task._id).update({
        lessonIds: [...task.lessonIds, lesson._id],
        lessonTitles: [...task.lessonTitles, lesson.title],
        ...(source === 'member' ? { byMember: true } : {}),
      }));
      await mark(task._id);
      return { outcome: 'appended' as const, taskId: task._id };
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
      // No note: the secretary's page says 自动生成 / 本人申请 from these flags.
      ...(source === 'member' ? { byMember: true } : { auto: true }),
      createdBy: source === 'member' ? member._id : 'system',
      createdAt: now,
    };
    const added = checked(await tx.collection(COLLECTIONS.deliveryTasks).add(doc)) as { id: string };
    await mark(added.id);
    return { outcome: 'created' as const, taskId: added.id };
  });
};


/** One message per branch secretary per run, with how many lessons were added for their members. */
export const remindSecretaries = async (deps: Deps, perBranch: Map<string, number>): Promise<number> => {
  if (perBranch.size === 0) return 0;
  const { data } = await deps.db.collection(COLLECTIONS.members).where({ roles: 'secretary' }).orderBy('name', 'asc').limit(200).get();
  let sent = 0;
  for (const secretary of data as MemberDoc[]) {
    const count = secretary.secretaryOf ? perBranch.get(secretary.secretaryOf) : undefined;
    if (!count) continue;
    await deps.notifier.notify({
      to: secretary.openid,
      template: 'deliveryTask',
      page: PAGES.secretaryDeliveries,
      data: { number1: count, thing2: '节课要送学上门，请安排人上门' },
    });
    sent += 1;
  }
  return sent;
};

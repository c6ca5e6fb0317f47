import { COLLECTIONS } from '../../contract/collections';
import type { MemberDoc } from '../../platform/caller';
import { checked } from '../../platform/database';
import type { Deps } from '../../platform/deps';
import { giveDelivery, remindSecretaries } from '../lessons/delivery-task';
import type { LessonDoc } from '../lessons/store';

/**
 * 送学上门, automatically: members whose profile says `needsHomeDelivery` get the lessons published to
 * their branch or the county as a delivery task, without a secretary clicking.
 *
 * Why a job and not at publish time: a county-wide lesson reaches every homebound member of every
 * branch (a hundred or more), one transaction each — too much to hang on the author's 发布 tap and its
 * function timeout. Publishing only marks the lesson `autoDelivery: 'pending'` (in the same write);
 * this job, on the jobs function's timer and on jobs.runNow, works through pending lessons in batches.
 *
 * Idempotent, even with two runs at once: see giveDelivery (features/lessons/delivery-task.ts) — one
 * member+lesson is handled once ever, joining the member's open automatic task or starting one.
 */
const LESSONS_PER_RUN = 20;
const MEMBER_PAGE = 100;
const MAX_MEMBER_PAGES = 20;
/**
 * One run's share, so it ends well inside the function timeout: at most this many member+lesson checks
 * (each a query and a small transaction) or this much wall time. A lesson not finished keeps
 * `autoDelivery: 'pending'` and remembers the member page to resume at (`autoDeliveryPage`); the next
 * timer tick (or 立即运行) carries on from there.
 */
export const GIVES_PER_RUN = 200;
const TIME_BUDGET_MS = 20_000;

export interface HomeDeliverySummary {
  lessons: number;
  created: number;
  appended: number;
  /** Branch secretaries told that new lessons wait to be brought home. */
  reminded: number;
  /** Work is left for the next run (the budget ran out, or more lessons are pending). */
  more: boolean;
}

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

export const runHomeDeliveryJob = async (deps: Deps, now: Date, budget: { gives?: number; ms?: number } = {}): Promise<HomeDeliverySummary> => {
  const { db } = deps;
  const summary: HomeDeliverySummary = { lessons: 0, created: 0, appended: 0, reminded: 0, more: false };
  const perBranch = new Map<string, number>();
  const started = Date.now();
  let gives = 0;
  const spent = () => gives >= (budget.gives ?? GIVES_PER_RUN) || Date.now() - started >= (budget.ms ?? TIME_BUDGET_MS);
  const { data } = await db
    .collection(COLLECTIONS.lessons)
    .where({ autoDelivery: 'pending' })
    .orderBy('publishedAt', 'asc')
    .limit(LESSONS_PER_RUN)
    .get();
  for (const lesson of data as Array<LessonDoc & { autoDeliveryPage?: number }>) {
    if (spent()) break;
    let stoppedAt: number | null = null;
    // Withdrawn before the job came round: nothing to bring (tasks already made stay; the visit may still help).
    if (lesson.status === 'published') {
      for (let page = lesson.autoDeliveryPage ?? 0; page < MAX_MEMBER_PAGES; page += 1) {
        if (spent()) { stoppedAt = page; break; }
        const members = await homebound(deps, lesson, page);
        for (const member of members) {
          // A page is redone whole on resume; giveDelivery skips whom it already served.
          gives += 1;
          const { outcome } = await giveDelivery(deps, now, lesson, member, 'auto');
          if (outcome === 'skipped') continue;
          summary[outcome] += 1;
          perBranch.set(member.branchId, (perBranch.get(member.branchId) ?? 0) + 1);
        }
        if (members.length < MEMBER_PAGE) break;
      }
    }
    if (stoppedAt !== null) {
      checked(await db.collection(COLLECTIONS.lessons).doc(lesson._id).update({ autoDeliveryPage: stoppedAt }));
      break;
    }
    checked(await db.collection(COLLECTIONS.lessons).doc(lesson._id).update({ autoDelivery: 'done', autoDeliveryPage: db.command.remove() }));
    summary.lessons += 1;
  }
  summary.more = (await db.collection(COLLECTIONS.lessons).where({ autoDelivery: 'pending' }).count()).total > 0;
  summary.reminded = await remindSecretaries(deps, perBranch);
  return summary;
};

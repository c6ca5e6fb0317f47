import { COLLECTIONS } from '../../contract/collections';
import { OPEN_STATES } from '../../contract/ideas-model';
import { AUDIT_COLLECTION, type AuditEntry } from '../../platform/audit';
import type { MemberDoc } from '../../platform/caller';
import { checked, inTransaction, oneDoc } from '../../platform/database';
import type { Deps } from '../../platform/deps';
import { IDEAS, isOpen, type IdeaDoc } from '../ideas/idea-doc';

const PAGE = 100;
const MAX_PAGES = 20;

export interface JobSummary {
  checked: number;
  flagged: number;
  reminded: number;
}

/**
 * 督办: every open idea whose stage deadline has passed is flagged once (with its audit entry, in one
 * transaction, re-checked inside it so two runs never flag twice), and each staff member is reminded
 * when new ones were flagged. Runs on the jobs function's timer, and on demand (jobs.runNow).
 */
export const runOverdueJob = async (deps: Deps, now: Date, actor: { id: string; name: string } = { id: 'system', name: '督办定时任务' }): Promise<JobSummary> => {
  const { db } = deps;
  const _ = db.command;
  let checkedCount = 0;
  let flagged = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    // Flagged ideas drop out of this filter, so the next page starts again from the top.
    const { data } = await db
      .collection(IDEAS)
      .where({ dueAt: _.lt(now), overdue: false, state: _.in([...OPEN_STATES]) })
      .orderBy('dueAt', 'asc')
      .limit(PAGE)
      .field({ _id: true })
      .get();
    const ids = (data as Array<{ _id: string }>).map((d) => d._id);
    checkedCount += ids.length;
    for (const id of ids) {
      const done = await inTransaction(db, async (tx) => {
        const idea = oneDoc<IdeaDoc>((await tx.collection(IDEAS).doc(id).get()).data);
        if (!idea || idea.overdue || !isOpen(idea.state) || !idea.dueAt || new Date(idea.dueAt).getTime() >= now.getTime()) return false;
        checked(await tx.collection(IDEAS).doc(id).update({ overdue: true, supervisedAt: now }));
        const entry: AuditEntry = {
          actorId: actor.id,
          actorName: actor.name,
          action: 'jobs.overdue',
          targetType: 'idea',
          targetId: id,
          before: { overdue: false },
          after: { overdue: true, dueDay: idea.dueDay, state: idea.state },
          at: now,
          requestId: `overdue-${now.getTime()}`,
        };
        checked(await tx.collection(AUDIT_COLLECTION).add(entry));
        return true;
      });
      if (done) flagged += 1;
    }
    if (ids.length < PAGE) break;
  }

  let reminded = 0;
  if (flagged > 0) {
    const { data } = await db.collection(COLLECTIONS.members).where({ roles: 'staff' }).orderBy('name', 'asc').limit(50).get();
    for (const staff of data as MemberDoc[]) {
      await deps.notifier.notify({
        to: staff.openid,
        template: 'overdueReminder',
        page: 'packageStaff/ideas/queue/index?overdue=1',
        data: { number1: flagged, thing2: '条金点子已超期，请及时督办' },
      });
      reminded += 1;
    }
  }
  return { checked: checkedCount, flagged, reminded };
};

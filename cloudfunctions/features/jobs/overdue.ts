import { COLLECTIONS } from '../../contract/collections';
import { OPEN_STATES } from '../../contract/ideas-model';
import { PAGES } from '../../contract/pages';
import { AUDIT_COLLECTION, type AuditEntry } from '../../platform/audit';
import type { MemberDoc } from '../../platform/caller';
import { checked, inTransaction, readDoc } from '../../platform/database';
import type { Deps } from '../../platform/deps';
import { isTransient } from '../../platform/transient';
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
 * when new ones were flagged. An idea another run holds locked at that moment (a transaction conflict,
 * nothing applied) is left to that run, or to the next hour's. Runs on the jobs function's timer, and on
 * demand (jobs.runNow).
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
      const done = await flagOne(db, id, now, actor).catch((error: unknown) => {
        if (isTransient(error)) return false;
        throw error;
      });
      if (done) flagged += 1;
    }
    if (ids.length < PAGE) break;
  }
  return { checked: checkedCount, flagged, reminded: await remindStaff(deps, flagged) };
};

/** One idea flagged, with its audit entry, in one transaction; false when it needs no flag (any more). */
const flagOne = (db: Deps['db'], id: string, now: Date, actor: { id: string; name: string }): Promise<boolean> =>
  inTransaction(db, async (tx) => {
    const idea = await readDoc<IdeaDoc>(tx, IDEAS, id);
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

/** Each staff member told once per run that flagged something. */
const remindStaff = async (deps: Deps, flagged: number): Promise<number> => {
  const { db } = deps;
  let reminded = 0;
  if (flagged > 0) {
    const { data } = await db.collection(COLLECTIONS.members).where({ roles: 'staff' }).orderBy('name', 'asc').limit(50).get();
    for (const staff of data as MemberDoc[]) {
      await deps.notifier.notify({
        to: staff.openid,
        template: 'overdueReminder',
        page: `${PAGES.staffIdeasQueue}?overdue=1`,
        data: { number1: flagged, thing2: '条金点子已超期，请及时督办' },
      });
      reminded += 1;
    }
  }
  return reminded;
};

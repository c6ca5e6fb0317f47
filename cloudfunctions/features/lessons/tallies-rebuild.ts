import { COLLECTIONS } from '../../contract/collections';
import { checked, type Database } from '../../platform/database';
import type { StudyRecordDoc } from './store';
import { LEARNERS, TALLIES, tallyCounter } from './tallies';

/**
 * Recounts every tally and learner doc from the study records (one pass, 1000 records a page, by `_id`).
 * For data that predates the tallies or was imported around the app — lessons.stats then answers from a
 * slow recount until this has run. Run it while nobody is studying (a maintenance window): a record
 * written during the pass could be counted twice or not at all. Cells the records no longer support are
 * zeroed, not deleted, so a writer that ensured one keeps finding it.
 */
export const rebuildStudyTallies = async (db: Database): Promise<{ records: number; tallies: number; learners: number }> => {
  const _ = db.command;
  const counter = tallyCounter();
  let records = 0;
  let after = '';
  for (;;) {
    const { data } = await db.collection(COLLECTIONS.studyRecords).where({ _id: _.gt(after) }).orderBy('_id', 'asc').limit(1000).get();
    for (const r of data as StudyRecordDoc[]) counter.add(r);
    records += data.length;
    if (data.length < 1000) break;
    after = (data[data.length - 1] as StudyRecordDoc)._id;
  }
  const { tallies, learners } = counter.docs();
  const fresh = new Set(tallies.map((t) => t._id));
  const stale = async (collection: string, keep: Set<string>, blank: object) => {
    let from = '';
    for (;;) {
      const { data } = await db.collection(collection).where({ _id: _.gt(from) }).orderBy('_id', 'asc').limit(1000).get();
      for (const d of data as Array<{ _id: string }>) if (!keep.has(d._id)) checked(await db.collection(collection).doc(d._id).update(blank));
      if (data.length < 1000) return;
      from = (data[data.length - 1] as { _id: string })._id;
    }
  };
  await stale(TALLIES, fresh, { total: 0, byKind: _.set({}), byCategory: _.set({}) });
  await stale(LEARNERS, new Set(learners.map((l) => l._id)), { months: _.set([]), branchMonths: _.set([]) });
  for (const { _id, ...rest } of tallies) checked(await db.collection(TALLIES).doc(_id).set(rest));
  for (const { _id, ...rest } of learners) checked(await db.collection(LEARNERS).doc(_id).set(rest));
  return { records, tallies: tallies.length, learners: learners.length };
};

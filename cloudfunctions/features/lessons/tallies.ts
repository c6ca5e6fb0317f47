import { COLLECTIONS } from '../../contract/collections';
import { checked, isDuplicateWrite, readDoc, type Database, type Transaction } from '../../platform/database';
import type { StudyRecordDoc } from './store';

/**
 * 人次 rollups (study tallies), so lessons.stats never scans the study records.
 * - Tallies per month × branch: `total`, `byKind.<kind>`, `byCategory.<category|none>`, incremented with
 *   `inc` in the SAME transaction as the study record it counts, so 人次 stay exact.
 * - Each month × branch is split over SHARDS documents, and a record's transaction picks one at random
 *   (again on every retry). Why: a tally written in a transaction is locked until commit, and CloudBase
 *   fails any other transaction's write to it at once (DATABASE_TRANSACTION_CONFLICT) — with one document
 *   per cell, a branch's whole burst of 学完了 would queue through it and mostly fail. Readers sum the
 *   shards (stats-tallies.ts reads every tally doc of the range anyway). A missing shard is created in the
 *   transaction; two creating the same one conflict, and the loser retries on another shard.
 * - One learner doc per member: the months (and branch:months) they studied in — the distinct-people count
 *   of a range is then a count of learner docs, which no sum of tallies can give. Only that member's own
 *   records touch it; `ensureTallies` creates it outside the transaction.
 */
export const TALLIES = COLLECTIONS.studyTallies;
export const LEARNERS = COLLECTIONS.studyLearners;

export interface TallyDoc {
  _id: string;
  month: string;
  branchId: string;
  total: number;
  byKind: Record<string, number>;
  byCategory: Record<string, number>;
}

export interface LearnerDoc {
  _id: string;
  months: string[];
  /** `${branchId}:${month}`: the branch the record counted for (a member may move). */
  branchMonths: string[];
}

/** Shards per month × branch; shard 0 has the plain id (what seeds and rebuildStudyTallies write). */
export const SHARDS = 8;
export const tallyId = (month: string, branchId: string, shard = 0) => (shard ? `${month}_${branchId}_${shard}` : `${month}_${branchId}`);
export const categoryKey = (r: Pick<StudyRecordDoc, 'category'>) => r.category ?? 'none';
export const branchMonth = (branchId: string, month: string) => `${branchId}:${month}`;

const emptyTally = (month: string, branchId: string, shard = 0): TallyDoc => ({
  _id: tallyId(month, branchId, shard), month, branchId, total: 0, byKind: {}, byCategory: {},
});

const insertIfMissing = async (db: Database, collection: string, doc: { _id: string }) => {
  try {
    checked(await db.collection(collection).add(doc));
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
  }
};

/** Before the transaction: the learner docs these records will touch exist. */
export const ensureTallies = async (db: Database, records: Array<Pick<StudyRecordDoc, 'month' | 'branchId' | 'memberId'>>) => {
  const members = [...new Set(records.map((r) => r.memberId))];
  const _ = db.command;
  const { data } = members.length
    ? await db.collection(LEARNERS).where({ _id: _.in(members) }).limit(members.length).get()
    : { data: [] };
  const have = new Set((data as LearnerDoc[]).map((d) => d._id));
  for (const id of members) if (!have.has(id)) await insertIfMissing(db, LEARNERS, { _id: id, months: [], branchMonths: [] } as LearnerDoc);
};

/** Inside the record's transaction: one more 人次 in a shard of its cell, and the member counted for its month. */
export const tallyStudy = async (db: Database, tx: Transaction, record: StudyRecordDoc, random: () => number = Math.random) => {
  const _ = db.command;
  const shard = Math.floor(random() * SHARDS);
  const id = tallyId(record.month, record.branchId, shard);
  const res = checked(await tx.collection(TALLIES).doc(id).update({
    total: _.inc(1),
    byKind: { [record.kind]: _.inc(1) },
    byCategory: { [categoryKey(record)]: _.inc(1) },
  })) as { updated?: number };
  if (!res.updated) {
    const doc = emptyTally(record.month, record.branchId, shard);
    checked(await tx.collection(TALLIES).add({ ...doc, total: 1, byKind: { [record.kind]: 1 }, byCategory: { [categoryKey(record)]: 1 } }));
  }
  const bm = branchMonth(record.branchId, record.month);
  const learner = await readDoc<LearnerDoc>(tx, LEARNERS, record.memberId);
  if (!learner) {
    checked(await tx.collection(LEARNERS).add({ _id: record.memberId, months: [record.month], branchMonths: [bm] }));
  } else if (!learner.months.includes(record.month) || !learner.branchMonths.includes(bm)) {
    checked(await tx.collection(LEARNERS).doc(record.memberId).update({ months: _.addToSet(record.month), branchMonths: _.addToSet(bm) }));
  }
};

/** Tallies and learner docs for records written in bulk (seeds), counted in memory as they are made. */
export const tallyCounter = () => {
  const tallies = new Map<string, TallyDoc>();
  const learners = new Map<string, { months: Set<string>; branchMonths: Set<string> }>();
  const add = (r: StudyRecordDoc) => {
    const id = tallyId(r.month, r.branchId);
    const t = tallies.get(id) ?? emptyTally(r.month, r.branchId);
    t.total += 1;
    t.byKind[r.kind] = (t.byKind[r.kind] ?? 0) + 1;
    t.byCategory[categoryKey(r)] = (t.byCategory[categoryKey(r)] ?? 0) + 1;
    tallies.set(id, t);
    const l = learners.get(r.memberId) ?? { months: new Set<string>(), branchMonths: new Set<string>() };
    l.months.add(r.month);
    l.branchMonths.add(branchMonth(r.branchId, r.month));
    learners.set(r.memberId, l);
  };
  const docs = (): { tallies: TallyDoc[]; learners: LearnerDoc[] } => ({
    tallies: [...tallies.values()],
    learners: [...learners].map(([id, l]) => ({ _id: id, months: [...l.months].sort(), branchMonths: [...l.branchMonths].sort() })),
  });
  return { add, docs };
};

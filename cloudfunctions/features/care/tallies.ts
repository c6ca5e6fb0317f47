import { isDuplicateWrite, checked, readDoc, type Database, type Transaction } from '../../platform/database';
import type { Occasion } from '../../contract/care-model';
import { TALLIES, VISITED } from './store';

/**
 * Care figures as running tallies, one document per year and branch, changed in the same transaction as
 * the visit or problem they count, so 探望生病住院 N 人次 and 解决问题 M 个 are exact and read without a scan.
 * "People visited" needs distinct people: the first visit of a person in a year writes a marker
 * (`<year>_<member>` in care_visited) in that transaction and counts them once.
 */
export interface CareTallyDoc {
  _id: string;
  year: number;
  branchId: string;
  hospitalVisits: number;
  visitsDone: number;
  peopleVisited: number;
  problemsRaised: number;
  problemsSolved: number;
  /** 慰问金 handed over, in fen (corrections included), and the distinct people it went to. */
  paidFen?: number;
  peopleHelped?: number;
  /** Visits done, by occasion (made as the first visit of an occasion is counted). */
  visitsByOccasion?: Partial<Record<Occasion, number>>;
}

export type CareCount = 'hospitalVisits' | 'visitsDone' | 'peopleVisited' | 'problemsRaised' | 'problemsSolved';

export const tallyId = (year: number, branchId: string) => `${year}_${branchId}`;
const markerId = (year: number, memberId: string) => `${year}_${memberId}`;

/** Before the transaction: the year × branch tally exists (two making it at once is fine). */
export const ensureTally = async (db: Database, year: number, branchId: string): Promise<void> => {
  const doc: CareTallyDoc = { _id: tallyId(year, branchId), year, branchId, hospitalVisits: 0, visitsDone: 0, peopleVisited: 0, problemsRaised: 0, problemsSolved: 0 };
  try {
    checked(await db.collection(TALLIES).add(doc));
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
  }
};

/** `occasion`: a visit done, counted under its occasion too (the figures' 按事由). */
export const count = async (tx: Transaction, db: Database, year: number, branchId: string, counts: CareCount[], occasion?: Occasion): Promise<void> => {
  if (counts.length === 0) return;
  const inc: Record<string, unknown> = Object.fromEntries(counts.map((c) => [c, db.command.inc(1)]));
  if (occasion) inc.visitsByOccasion = { [occasion]: db.command.inc(1) };
  checked(await tx.collection(TALLIES).doc(tallyId(year, branchId)).update(inc));
};

/** In the visit's transaction: true the first time this person is visited this year (the marker is new). */
export const firstVisitThisYear = async (tx: Transaction, year: number, memberId: string, branchId: string): Promise<boolean> => {
  const id = markerId(year, memberId);
  if (await readDoc(tx, VISITED, id)) return false;
  checked(await tx.collection(VISITED).add({ _id: id, year, branchId, memberId }));
  return true;
};

/** In the hand-over's transaction: the amount, and the person once a year. */
export const addPaid = async (tx: Transaction, db: Database, year: number, branchId: string, memberId: string, fen: number): Promise<void> => {
  const id = `${year}_paid_${memberId}`;
  const first = !(await readDoc(tx, VISITED, id));
  if (first) checked(await tx.collection(VISITED).add({ _id: id, year, branchId, memberId, kind: 'paid' }));
  const _ = db.command;
  checked(await tx.collection(TALLIES).doc(tallyId(year, branchId)).update({ paidFen: _.inc(fen), ...(first ? { peopleHelped: _.inc(1) } : {}) }));
};

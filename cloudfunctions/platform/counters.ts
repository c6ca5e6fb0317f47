import { COLLECTIONS } from '../contract/collections';
import { checked, isDuplicateWrite, type Database } from './database';

/**
 * The next number of a named sequence (receipt numbers), by ONE atomic increment of its counter document,
 * outside any transaction. Why: in a transaction the counter is the one document every caller writes, and
 * CloudBase fails such writes fast (DATABASE_TRANSACTION_CONFLICT) — hundreds submitting at once would
 * mostly be refused. A plain `inc` is atomic and ordered by the database, so numbers are never shared.
 * The trade-off: a call that dies after taking its number leaves a gap in the sequence.
 */
export const nextNumber = async (db: Database, counterId: string): Promise<number> => {
  const counters = db.collection(COLLECTIONS.counters);
  for (let attempt = 0; attempt < 3; attempt++) {
    const res = checked(await counters.where({ _id: counterId }).updateAndReturn({ value: db.command.inc(1) })) as {
      updated?: number;
      doc?: { value: number };
    };
    if (res.updated && res.doc) return res.doc.value;
    try {
      checked(await counters.add({ _id: counterId, name: counterId, value: 0 }));
    } catch (error) {
      if (!isDuplicateWrite(error)) throw error; // someone else created it first: increment that one
    }
  }
  throw new Error(`counter ${counterId} could not be incremented`);
};

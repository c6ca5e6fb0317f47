import { checked, inTransaction, readDoc, type Database } from '../../platform/database';
import { IDEAS, type IdeaDoc } from './idea-doc';
import { rebuildOnce } from './tallies-rebuild';
import { COUNTS, IDEA_TALLIES, countsOf, pendingOf, readAllBy, shardOf, tallyId, yearOf, zeroCounts, type IdeaTallyDoc } from './tallies';

export interface SettleSummary {
  settled: number;
  /** Left unsettled for the next run (a step on the idea raced this one): still counted, from the idea. */
  left: number;
}

/**
 * The timer's pass over the ideas changed since the last one: each in its own transaction, the idea's
 * pending counts go into its shard and the mark is cleared, so the figures read the same before and after.
 * The first run after a deploy recounts the ideas from before the tallies (tallies-rebuild.ts). Only this
 * job writes the tallies, so its transactions meet a member's only on the idea itself, and then
 * the idea is simply left for the next run.
 */
export const settleIdeaTallies = async (db: Database): Promise<SettleSummary> => {
  await rebuildOnce(db);
  const marked = await readAllBy<IdeaDoc>(db, IDEAS, { unsettled: true });
  let settled = 0;
  for (const { _id } of marked) {
    try {
      await inTransaction(db, async (tx) => {
        const idea = await readDoc<IdeaDoc>(tx, IDEAS, _id);
        if (!idea?.unsettled) return;
        const pending = pendingOf(idea);
        const changed = COUNTS.filter((k) => pending[k] !== 0);
        if (changed.length) {
          const year = yearOf(idea);
          const id = tallyId(year, shardOf(idea.receiptNo));
          const res = checked(await tx.collection(IDEA_TALLIES).doc(id).update(Object.fromEntries(changed.map((k) => [k, db.command.inc(pending[k])])))) as { updated?: number };
          if (!res.updated) checked(await tx.collection(IDEA_TALLIES).add({ _id: id, year, ...zeroCounts(), ...pending } satisfies IdeaTallyDoc));
        }
        checked(await tx.collection(IDEAS).doc(_id).update({ counted: countsOf(idea), unsettled: false }));
      });
      settled += 1;
    } catch {
      // A member's step on this idea won the race: it stays marked, counted from the idea until next time.
    }
  }
  return { settled, left: marked.length - settled };
};

import { checked, isDuplicateWrite, readDoc, type Database } from '../../platform/database';
import { IDEAS, type IdeaDoc } from './idea-doc';
import { COUNTS, IDEA_TALLIES, countsOf, readAllBy, tallyIdeas, zeroCounts, type IdeaTallyDoc } from './tallies';

/** Made by the first rebuild; while it is missing the timer rebuilds before it settles. Year 0: no year's figures read it. */
export const REBUILT_ID = 'rebuilt';

/**
 * Recounts the board's tallies from the ideas, for ideas from before the tallies existed (the board
 * answers those years from an aggregate until then). Each idea is marked counted in full only if it is
 * still as read (a member's step in between keeps it unsettled, counted from the idea itself), the
 * shards are zeroed, and each is set to the recount of the ideas so marked: exact even while ideas move.
 * The first timer run after a deploy does this once (`rebuildOnce`); one write per idea.
 */
export const rebuildIdeaTallies = async (db: Database): Promise<{ ideas: number; tallies: number }> => {
  const ideas = await readAllBy<IdeaDoc>(db, IDEAS, {});
  const marked: IdeaDoc[] = [];
  for (const idea of ideas) {
    const res = checked(await db.collection(IDEAS).where({ _id: idea._id, updatedAt: idea.updatedAt }).update({ counted: countsOf(idea), unsettled: false })) as { updated?: number };
    if (res.updated) marked.push(idea);
  }
  const fresh = tallyIdeas(marked);
  const stored = await readAllBy<IdeaTallyDoc>(db, IDEA_TALLIES, {});
  for (const d of stored) if (d._id !== REBUILT_ID && COUNTS.some((k) => d[k] !== 0)) checked(await db.collection(IDEA_TALLIES).doc(d._id).update(zeroCounts()));
  for (const { _id, ...rest } of fresh) checked(await db.collection(IDEA_TALLIES).doc(_id).set(rest));
  return { ideas: marked.length, tallies: fresh.length };
};

/** For seeds, whose ideas are written counted: nothing to rebuild. */
export const markRebuilt = async (db: Database): Promise<void> => {
  checked(await db.collection(IDEA_TALLIES).doc(REBUILT_ID).set({ year: 0, ...zeroCounts() }));
};

/** The rebuild, the first time only: the marker is taken first, so two timer runs at once rebuild once. */
export const rebuildOnce = async (db: Database): Promise<boolean> => {
  if (await readDoc(db, IDEA_TALLIES, REBUILT_ID)) return false;
  try {
    checked(await db.collection(IDEA_TALLIES).add({ _id: REBUILT_ID, year: 0, ...zeroCounts() }));
  } catch (error) {
    if (isDuplicateWrite(error)) return false;
    throw error;
  }
  await rebuildIdeaTallies(db);
  return true;
};

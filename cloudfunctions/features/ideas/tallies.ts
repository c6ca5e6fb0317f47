import { COLLECTIONS } from '../../contract/collections';
import { checked, type Database } from '../../platform/database';
import { shanghaiDay } from '../../domain/ideas/deadlines';
import { IDEAS, type IdeaDoc } from './idea-doc';

/**
 * The county's 金点子 figures (您建议，我提升) as running tallies, exact at every moment and flat however
 * many ideas there are:
 * - each idea keeps `counted`, what it has added to its year's tally so far;
 * - a step that changes what the idea counts for (submit, each `transition`) marks it `unsettled`, in the
 *   idea's own write, touching no shared document;
 * - the figures are the year's tally plus, for each unsettled idea, what it counts now minus `counted`;
 * - the hourly timer settles the unsettled ideas: one small transaction each moves the difference into a
 *   shard of the tally and clears the mark.
 * Why not count in the step's own transaction: CloudBase fails a transaction fast on a document another
 * one holds or has changed since it began (DATABASE_TRANSACTION_CONFLICT), so hundreds submitting at
 * once on shared tally documents mostly ended BUSY after every retry (tried: 4 and 64 shards). The
 * unsettled ideas are those changed since the last timer run, so the board reads them and SHARDS
 * documents, not the year's ideas.
 */
export const IDEA_TALLIES = COLLECTIONS.ideaTallies;
export const SHARDS = 16;

export const COUNTS = ['received', 'accepted', 'resolved', 'solved', 'rated', 'pleased'] as const;
export type IdeaCount = (typeof COUNTS)[number];
export type Counts = Record<IdeaCount, number>;

export interface IdeaTallyDoc extends Counts {
  _id: string;
  year: number;
}

export type Counted = Pick<IdeaDoc, 'receiptNo' | 'state' | 'acceptedAt' | 'resolvedAt' | 'outcome' | 'rating' | 'createdAt' | 'counted'>;

/**
 * What one idea adds to its year's figures. A withdrawn idea counts for nothing; otherwise it was
 * received, and accepted / resolved once those moments are on it; 解决问题 is a resolution that adopted it
 * in whole or part; 满意 is 满意 or 基本满意 among the rated.
 */
export const countsOf = (idea: Counted): Counts => {
  const live = idea.state !== 'withdrawn';
  const resolved = live && idea.resolvedAt != null;
  return {
    received: live ? 1 : 0,
    accepted: live && idea.acceptedAt != null ? 1 : 0,
    resolved: resolved ? 1 : 0,
    solved: resolved && (idea.outcome === 'adopted' || idea.outcome === 'partly_adopted') ? 1 : 0,
    rated: live && idea.rating != null ? 1 : 0,
    pleased: live && (idea.rating === 'satisfied' || idea.rating === 'basically_satisfied') ? 1 : 0,
  };
};

export const zeroCounts = (): Counts => ({ received: 0, accepted: 0, resolved: 0, solved: 0, rated: 0, pleased: 0 });

/** What the idea counts for now and has not yet added to the tally. */
export const pendingOf = (idea: Counted): Counts => {
  const now = countsOf(idea);
  const was = idea.counted ?? zeroCounts();
  return Object.fromEntries(COUNTS.map((k) => [k, now[k] - (was[k] ?? 0)])) as Counts;
};

/** The fields a step writes with its change: `unsettled` when it changed what the idea counts for. */
export const settleMark = (after: Counted): { unsettled?: true } => {
  const pending = pendingOf(after);
  return COUNTS.some((k) => pending[k] !== 0) ? { unsettled: true } : {};
};

/** The year the figures file an idea under: its submission day in China. */
export const yearOf = (idea: Pick<IdeaDoc, 'createdAt'>) => Number(shanghaiDay(new Date(idea.createdAt)).slice(0, 4));

export const tallyId = (year: number, shard = 0) => `${year}_${shard}`;

/** An idea's shard: its running number's remainder, so settled ideas spread evenly. */
export const shardOf = (receiptNo: string): number => Number(receiptNo.slice(receiptNo.lastIndexOf('-') + 1)) % SHARDS;

/** Tallies for ideas written in bulk (seeds and the rebuild), counted in memory; the ideas are then settled. */
export const tallyIdeas = (ideas: Counted[]): IdeaTallyDoc[] => {
  const cells = new Map<string, IdeaTallyDoc>();
  for (const idea of ideas) {
    const year = yearOf(idea);
    const id = tallyId(year, shardOf(idea.receiptNo));
    const cell = cells.get(id) ?? { _id: id, year, ...zeroCounts() };
    const c = countsOf(idea);
    for (const k of COUNTS) cell[k] += c[k];
    cells.set(id, cell);
  }
  return [...cells.values()];
};

/** Adds counted tallies to what is stored (seeds write on top of one another): an increment, or a new document. */
export const addTallies = async (db: Database, docs: IdeaTallyDoc[]): Promise<void> => {
  const _ = db.command;
  for (const { _id, year, ...counts } of docs) {
    const res = checked(await db.collection(IDEA_TALLIES).doc(_id).update(Object.fromEntries(COUNTS.map((k) => [k, _.inc(counts[k])])))) as { updated?: number };
    if (!res.updated) checked(await db.collection(IDEA_TALLIES).add({ _id, year, ...counts }));
  }
};

/** Every document of a filter, a page at a time in `_id` order (the filter's index leads, `_id` follows). */
export const readAllBy = async <T extends { _id: string }>(db: Database, collection: string, where: Record<string, unknown>): Promise<T[]> => {
  const _ = db.command;
  const out: T[] = [];
  for (let after = ''; ; ) {
    const { data } = await db.collection(collection).where({ ...where, _id: _.gt(after) }).orderBy('_id', 'asc').limit(1000).get();
    out.push(...(data as T[]));
    if (data.length < 1000) return out;
    after = out[out.length - 1]._id;
  }
};

/**
 * The year's counts: its tally shards plus what unsettled ideas of that year add, read together; null when
 * the year has no shard yet.
 */
export const readYear = async (db: Database, year: number): Promise<Counts | null> => {
  const [docs, unsettled] = await Promise.all([
    readAllBy<IdeaTallyDoc>(db, IDEA_TALLIES, { year }),
    readAllBy<IdeaDoc>(db, IDEAS, { unsettled: true }),
  ]);
  // No shard yet: the year's ideas are not in the tallies (before the first rebuild, or a new year's first
  // hour), so the caller counts them from the ideas.
  if (docs.length === 0) return null;
  const pending = unsettled.filter((i) => yearOf(i) === year);
  const sum = zeroCounts();
  for (const d of docs) for (const k of COUNTS) sum[k] += d[k] ?? 0;
  for (const i of pending) {
    const p = pendingOf(i);
    for (const k of COUNTS) sum[k] += p[k];
  }
  return sum;
};

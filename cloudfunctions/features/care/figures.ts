import { chinaDay } from '../../contract/day-words';
import { OCCASION_LABELS, OCCASIONS, type CareFigures } from '../../contract/care-model';
import { COLLECTIONS } from '../../contract/collections';
import type { Database } from '../../platform/database';
import type { Handler } from '../../platform/routes';
import type { BranchDoc } from '../members/branches/branch-store';
import { listBranch } from './access';
import { TALLIES } from './store';
import type { CareTallyDoc } from './tallies';
import { yuanText } from '../../contract/care-help-model';
import { holds, STAFF } from '../../contract/roles';

type Counted = keyof Omit<CareTallyDoc, '_id' | 'year' | 'branchId' | 'visitsByOccasion'>;

/** The bureau's own sentence, from the counts: "探望生病住院29人次，走访慰问242人，解决问题21个". */
export const figuresSentence = (f: Pick<CareFigures, 'hospitalVisits' | 'peopleVisited' | 'problemsSolved'>): string =>
  `探望生病住院${f.hospitalVisits}人次，走访慰问${f.peopleVisited}人，解决问题${f.problemsSolved}个`;

/**
 * The year's figures from the running tallies (one document per branch and year, written with the visit
 * or problem they count): one read of at most one document per branch, however many visits there are;
 * staff's county view reads the branches' names too, for the per-branch rows.
 */
export const figures: Handler<'care.figures'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const branchId = await listBranch(db, ctx.caller, input.branchId);
  const year = input.year ?? Number(chinaDay(ctx.now).slice(0, 4));
  const tallies = (await db.collection(TALLIES).where(branchId ? { year, branchId } : { year }).limit(1000).get()).data as CareTallyDoc[];
  const sum = (k: Counted, from = tallies) => from.reduce((n, t) => n + (t[k] ?? 0), 0);
  // Money is for staff eyes: a secretary's figures leave it out.
  const staff = holds(ctx.caller.roles, STAFF);
  const money = staff
    ? { paidFen: sum('paidFen'), peopleHelped: sum('peopleHelped'), moneySentence: `慰问${sum('peopleHelped')}人，发放慰问金${yuanText(sum('paidFen'))}` }
    : {};
  const f = {
    year,
    hospitalVisits: sum('hospitalVisits'),
    visitsDone: sum('visitsDone'),
    peopleVisited: sum('peopleVisited'),
    problemsRaised: sum('problemsRaised'),
    problemsSolved: sum('problemsSolved'),
  };
  const byOccasion = OCCASIONS.map((occasion) => ({
    occasion,
    label: OCCASION_LABELS[occasion],
    visits: tallies.reduce((n, t) => n + (t.visitsByOccasion?.[occasion] ?? 0), 0),
  })).filter((o) => o.visits > 0);
  return { ...f, sentence: figuresSentence(f), ...money, byOccasion, ...(staff && !branchId ? { byBranch: await branchRows(ctx.deps.db, tallies) } : {}) };
};

/** Each branch with a tally this year, in the county's branch order. */
const branchRows = async (db: Database, tallies: CareTallyDoc[]): Promise<NonNullable<CareFigures['byBranch']>> => {
  const ids = [...new Set(tallies.map((t) => t.branchId))];
  if (ids.length === 0) return [];
  const { data } = await db.collection(COLLECTIONS.branches).where({ _id: db.command.in(ids) }).limit(ids.length).get();
  const branches = new Map((data as BranchDoc[]).map((b) => [b._id, b]));
  return tallies
    .map((t) => ({
      branchId: t.branchId,
      branchName: branches.get(t.branchId)?.name ?? '',
      visitsDone: t.visitsDone,
      peopleVisited: t.peopleVisited,
      problemsSolved: t.problemsSolved,
      paidFen: t.paidFen ?? 0,
      order: branches.get(t.branchId)?.order ?? 0,
    }))
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...row }) => row);
};

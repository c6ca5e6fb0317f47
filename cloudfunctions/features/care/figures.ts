import { chinaDay } from '../../contract/day-words';
import type { CareFigures } from '../../contract/care-model';
import type { Handler } from '../../platform/routes';
import { listBranch } from './access';
import { TALLIES } from './store';
import type { CareTallyDoc } from './tallies';
import { yuanText } from '../../contract/care-help-model';

/** The bureau's own sentence, from the counts: "探望生病住院29人次，走访慰问242人，解决问题21个". */
export const figuresSentence = (f: Pick<CareFigures, 'hospitalVisits' | 'peopleVisited' | 'problemsSolved'>): string =>
  `探望生病住院${f.hospitalVisits}人次，走访慰问${f.peopleVisited}人，解决问题${f.problemsSolved}个`;

/**
 * The year's figures from the running tallies (one document per branch and year, written with the visit
 * or problem they count): one read of at most one document per branch, however many visits there are.
 */
export const figures: Handler<'care.figures'> = async (ctx, input) => {
  const branchId = await listBranch(ctx.deps.db, ctx.caller, input.branchId);
  const year = input.year ?? Number(chinaDay(ctx.now).slice(0, 4));
  const { data } = await ctx.deps.db.collection(TALLIES).where(branchId ? { year, branchId } : { year }).limit(1000).get();
  const sum = (k: keyof Omit<CareTallyDoc, '_id' | 'year' | 'branchId'>) => (data as CareTallyDoc[]).reduce((n, t) => n + (t[k] ?? 0), 0);
  // Money is for staff eyes: a secretary's figures leave it out.
  const money = ctx.caller.roles.has('staff')
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
  return { ...f, sentence: figuresSentence(f), ...money };
};

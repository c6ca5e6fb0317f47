import { readDoc } from '../../platform/database';
import { requireMember, type Handler } from '../../platform/routes';
import { LEDGERS, PROBLEMS, VISITS, contactsOf, toProblemView, toVisitView, voiceFiles, type LedgerDoc, type ProblemDoc, type VisitDoc } from './store';

const SHOWN = 10;

/**
 * A member's own 关爱 page: the 1+1+1 contacts to ring, their own 求助 and how far each has got, and the
 * visits they received (when, how, who). Health notes, other people and any money never appear here.
 */
export const mine: Handler<'care.mine'> = async (ctx) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const [l, problems, visits] = await Promise.all([
    readDoc<LedgerDoc>(db, LEDGERS, member._id),
    db.collection(PROBLEMS).where({ memberId: member._id }).orderBy('createdAt', 'desc').limit(SHOWN).get(),
    db.collection(VISITS).where({ memberId: member._id }).orderBy('createdAt', 'desc').limit(SHOWN).get(),
  ]);
  const voices = voiceFiles(problems.data as ProblemDoc[]);
  const urls = voices.length ? await ctx.deps.files.tempUrls(voices) : {};
  return {
    contacts: contactsOf(l),
    problems: (problems.data as ProblemDoc[]).map((p) => toProblemView(p, urls)),
    visits: (visits.data as VisitDoc[])
      .filter((v) => v.status === 'done')
      .map((v) => {
        const view = toVisitView(v, ctx.now);
        return { id: view.id, occasionLabel: view.occasionLabel, ...(view.visitedOn ? { visitedOn: view.visitedOn } : {}), ...(view.way ? { way: view.way } : {}), ...(view.visitors ? { visitors: view.visitors } : {}) };
      }),
  };
};

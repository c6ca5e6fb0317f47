import { chinaDay } from '../../contract/day-words';
import type { ProblemDoc, VisitDoc } from '../../features/care/store';
import { tallyId, type CareTallyDoc } from '../../features/care/tallies';

/** A 慰问金 entry as far as the figures care: who, where, how much, and whether and when it was handed over. */
export interface CountedPayment { memberId: string; branchId: string; amountFen: number; state: string; handedOn?: string }

const yearOf = (day: string) => Number(day.slice(0, 4));

export interface Marker { _id: string; year: number; branchId: string; memberId: string; kind?: 'paid' }

/**
 * What the live actions would have counted for these seeded records, by tallies.ts's rules: one tally per
 * year and branch, one marker per person visited (and per person paid) a year. The demo seed and the
 * bench's county-sized seed both write exactly this, so the figures are a recount from the first start.
 */
export const recount = (visits: VisitDoc[], problems: ProblemDoc[], payments: CountedPayment[]): { tallies: CareTallyDoc[]; markers: Marker[] } => {
  const tallies = new Map<string, CareTallyDoc>();
  const tally = (year: number, branchId: string) => {
    const id = tallyId(year, branchId);
    if (!tallies.has(id)) tallies.set(id, { _id: id, year, branchId, hospitalVisits: 0, visitsDone: 0, peopleVisited: 0, problemsRaised: 0, problemsSolved: 0, paidFen: 0, peopleHelped: 0, visitsByOccasion: {} });
    return tallies.get(id) as CareTallyDoc;
  };
  const markers = new Map<string, Marker>();
  for (const v of visits) {
    if (v.status !== 'done' || !v.visitedOn) continue;
    const year = yearOf(v.visitedOn);
    const t = tally(year, v.branchId);
    t.visitsDone += 1;
    if (v.occasion === 'hospital') t.hospitalVisits += 1;
    const by = (t.visitsByOccasion ??= {});
    by[v.occasion] = (by[v.occasion] ?? 0) + 1;
    const id = `${year}_${v.memberId}`;
    if (!markers.has(id)) {
      markers.set(id, { _id: id, year, branchId: v.branchId, memberId: v.memberId });
      t.peopleVisited += 1;
    }
  }
  for (const p of problems) {
    tally(p.year, p.branchId).problemsRaised += 1;
    const solved = p.steps.find((s) => s.state === 'solved');
    if (solved) tally(yearOf(chinaDay(solved.at)), p.branchId).problemsSolved += 1;
  }
  for (const p of payments) {
    if (p.state !== 'handed' || !p.handedOn) continue;
    const year = yearOf(p.handedOn);
    const t = tally(year, p.branchId);
    t.paidFen = (t.paidFen ?? 0) + p.amountFen;
    const id = `${year}_paid_${p.memberId}`;
    if (!markers.has(id)) {
      markers.set(id, { _id: id, year, branchId: p.branchId, memberId: p.memberId, kind: 'paid' });
      t.peopleHelped = (t.peopleHelped ?? 0) + 1;
    }
  }
  return { tallies: [...tallies.values()], markers: [...markers.values()] };
};

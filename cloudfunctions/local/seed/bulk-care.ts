import { HARDSHIP_CAUSE_LABELS } from '../../contract/care-help-model';
import { COLLECTIONS } from '../../contract/collections';
import { EVENT_DEADLINE_DAYS, OCCASIONS, type EventOccasion, type VisitWay } from '../../contract/care-model';
import { chinaDay } from '../../contract/day-words';
import type { MemberDoc } from '../../platform/caller';
import type { Database } from '../../platform/database';
import { addDays, calendarVisitId, eventDueBy, occasionsOfYear, springFestival } from '../../domain/care/occasions';
import type { ProblemDoc, VisitDoc } from '../../features/care/store';
import type { CareTallyDoc } from '../../features/care/tallies';
import { DAY, hardshipDoc, ledgerDoc, pastTime, paymentDoc, type PaymentRow, type Rng } from './bulk-docs';
import { recount } from './care-recount';

/**
 * 关爱服务 at county size, on the bulk members only (their ids cannot meet the demo seed's): ledgers, the
 * last two years' 春节 and 重阳节 visits (all done but a few of this year's 重阳节), event visits, problems
 * mostly solved, a few dozen visits still due (some overdue), the 帮扶 register and 慰问金. The tallies and
 * care_visited markers are a recount of exactly these records by tallies.ts's rules, added onto the demo's
 * tally of the same year and branch where there is one, so care.figures stays exact.
 */
/** All zero: no care data at all (the calendar visits, which follow from the members, included). */
export interface CareCounts {
  careLedgers: number;
  /** 四必访 done, over the last 24 months. */
  careEventVisits: number;
  careProblems: number;
  careHardships: number;
  /** Handed over; about a tenth more wait for approval or hand-over, or were turned down. */
  carePayments: number;
  /** Still due: a quarter this year's 重阳节 left undone (overdue), the rest reported in the last three weeks. */
  careDue: number;
}

const CARE_KEYS = ['careLedgers', 'careEventVisits', 'careProblems', 'careHardships', 'carePayments', 'careDue'] as const satisfies ReadonlyArray<keyof CareCounts>;

export interface CareWriter {
  insert(collection: string, docs: object[]): Promise<void>;
  /** A whole document by id (set): the demo's tallies with the bulk counts added. */
  put(collection: string, doc: { _id: string }): Promise<void>;
}

/** `demoPeople`: the demo's staff sign ledgers and payments, its secretaries are their branch's contact. */
export interface CareScene { members: MemberDoc[]; demoPeople: MemberDoc[]; now: Date; counts: CareCounts }

const EVENT_WEIGHTS: Array<[EventOccasion, number]> = [['hospital', 0.6], ['hardship', 0.2], ['family_event', 0.12], ['condolence', 0.08]];
const FOUND: Record<EventOccasion, string[]> = {
  hospital: ['住院治疗，病情稳定', '手术顺利，正在恢复', '已出院在家休养'], hardship: ['独居，生活有些困难', '收入低，看病花费大'], family_event: ['家中遭灾，已帮助安置', '老伴去世，情绪低落'], condolence: ['慰问家属，协助料理后事'],
};
const NOTES = ['女儿打电话说住院了', '支部书记报告', '本人来电', '邻居反映'];
const PROBLEMS = ['医药费报销手续不清楚', '楼道没有扶手', '热水器坏了', '复查没人陪同', '房子漏雨', '家里电线老化'];
const SOLVED = ['已帮助办好', '联系社区解决了', '安排志愿者上门'];
const WAYS: VisitWay[] = ['home', 'home', 'home', 'home', 'phone', 'wechat'];

/** An instant on a China day at the given hour. */
const at = (day: string, hour: number) => new Date(Date.parse(`${day}T00:00:00+08:00`) + hour * 3_600_000);
const yearOf = (day: string) => Number(day.slice(0, 4));

export const seedBulkCare = async (db: Database, w: CareWriter, r: Rng, scene: CareScene): Promise<void> => {
  const { members, demoPeople, now, counts } = scene;
  const staff = demoPeople.filter((m) => m.roles.includes('staff'));
  if (members.length === 0 || staff.length === 0 || CARE_KEYS.every((k) => counts[k] === 0)) return;
  const today = chinaDay(now);
  const year = yearOf(today);
  const byId = new Map(members.map((m) => [m._id, m]));
  const person = (memberId: string) => byId.get(memberId) ?? members[0];
  const secretaries = new Map(demoPeople.filter((m) => m.secretaryOf).map((m) => [m.secretaryOf as string, m]));
  const visitorsOf = (branchId: string) => `${secretaries.get(branchId)?.name ?? '支部'}、志愿者`;
  const base = (m: MemberDoc) => ({ memberId: m._id, memberName: m.name, branchId: m.branchId, branchName: m.branchName });
  const done = (v: VisitDoc, visitedOn: string, found: string): VisitDoc => {
    const doneAt = new Date(Math.min(now.getTime(), Math.max(v.createdAt.getTime() + 3_600_000, at(visitedOn, 18).getTime())));
    return { ...v, status: 'done', visitedOn, way: r.pick(WAYS), visitors: visitorsOf(v.branchId), found, doneAt };
  };

  // 三慰问 as the timer makes them (one per person, occasion and year, from the day it opens), visited in its window.
  const visits: VisitDoc[] = [];
  let due = 0;
  for (const y of [year - 1, year]) {
    for (const o of occasionsOfYear(y).filter((x) => (x.occasion === 'spring_festival' || x.occasion === 'double_ninth') && x.dueBy < today)) {
      const window = Math.round((Date.parse(o.dueBy) - Date.parse(o.opensOn)) / DAY);
      const bornBy = o.eligible.kind === 'bornBy' ? o.eligible.year : Number.POSITIVE_INFINITY;
      const eligible = members.filter((m) => m.birthYear <= bornBy);
      // This year's 重阳节 is the latest passed: the few not yet visited are overdue now.
      const leftDue = new Set(y === year && o.occasion === 'double_ninth' ? Array.from({ length: Math.round(counts.careDue / 4) }, () => r.int(eligible.length)) : []);
      due += leftDue.size;
      eligible.forEach((m, k) => {
        const v: VisitDoc = { _id: calendarVisitId(o, m._id), ...base(m), occasion: o.occasion, year: y, dueBy: o.dueBy, status: 'due', createdAt: at(o.opensOn, 1) };
        visits.push(leftDue.has(k) ? v : done(v, addDays(o.dueBy, -r.int(window + 1)), '送去慰问品，身体尚好'));
      });
    }
  }

  // 四必访: reported, visited by (now and then just after) the deadline; ids as care.report makes them.
  const ids = new Set(visits.map((v) => v._id));
  const eventCum = EVENT_WEIGHTS.reduce<number[]>((c, [, p]) => [...c, (c[c.length - 1] ?? 0) + p], []);
  const event = (reported: Date, visit: boolean): VisitDoc | null => {
    const m = members[r.int(members.length)];
    const occasion = EVENT_WEIGHTS[r.weighted(eventCum)][0];
    const day = chinaDay(reported);
    const id = `${occasion}-${m._id}-${day}`;
    if (ids.has(id)) return null;
    ids.add(id);
    const v: VisitDoc = { _id: id, ...base(m), occasion, year: yearOf(day), dueBy: eventDueBy(occasion, day), status: 'due', reportedBy: r.pick(['本人', '家属', '支部']), reportNote: r.pick(NOTES), createdAt: reported };
    const visitedOn = addDays(day, r.int(EVENT_DEADLINE_DAYS[occasion] + 2));
    return visit ? done(v, visitedOn < today ? visitedOn : today, r.pick(FOUND[occasion])) : v;
  };
  const events: VisitDoc[] = [];
  for (let tries = 0; events.length < counts.careEventVisits && tries < counts.careEventVisits * 2; tries += 1) {
    const v = event(pastTime(r, now, 24), true);
    if (v) events.push(v);
  }
  const open = new Set<string>(); // one due visit per person and occasion: a second report joins the first
  for (let tries = 0; due < counts.careDue && tries < counts.careDue * 4; tries += 1) {
    const v = event(new Date(now.getTime() - Math.floor(r.next() * 21 * DAY) - 3_600_000), false);
    if (v && !open.has(`${v.memberId}_${v.occasion}`)) {
      open.add(`${v.memberId}_${v.occasion}`);
      events.push(v);
      due += 1;
    }
  }

  // Problems: most raised on an event visit (then named on it), the rest asked by the member; solved in days.
  const problems: ProblemDoc[] = [];
  const visited = events.filter((v) => v.status === 'done');
  for (let i = 0; i < counts.careProblems; i += 1) {
    const onVisit = visited.length && r.next() < 0.7 ? visited[r.int(visited.length)] : undefined;
    const v = onVisit?.problemId ? undefined : onVisit; // one problem per visit, as recordVisit makes it
    const m = v ? person(v.memberId) : members[r.int(members.length)];
    const raised = v?.doneAt ?? pastTime(r, now, 24);
    const solvedAt = new Date(raised.getTime() + (2 + r.int(28)) * DAY);
    const handled = new Date(raised.getTime() + DAY);
    const by = r.pick(staff).name;
    const steps: ProblemDoc['steps'] = [{ state: 'open', at: raised, byName: v ? visitorsOf(m.branchId) : '本人' }];
    if (handled < now) steps.push({ state: 'in_hand', at: handled, byName: by });
    if (solvedAt < now && r.next() < 0.9) steps.push({ state: 'solved', at: solvedAt, byName: by, note: r.pick(SOLVED) });
    const last = steps[steps.length - 1];
    const p: ProblemDoc = {
      _id: `bulk-cp-${i}`, ...base(m), openid: m.openid, text: r.pick(PROBLEMS), source: v ? 'visit' : 'member', ...(v ? { visitId: v._id } : {}),
      state: last.state, solved: last.state === 'solved', steps, year: yearOf(chinaDay(raised)), createdAt: raised, updatedAt: last.at,
    };
    if (v) v.problemId = p._id;
    problems.push(p);
  }

  // Ledgers for a random share of the people; the 帮扶 cases among them, each with its line in the dated record.
  const order = members.map((_m, k) => k);
  const nLedgers = Math.min(counts.careLedgers, members.length);
  for (let k = 0; k < nLedgers; k += 1) {
    const j = k + r.int(order.length - k);
    [order[k], order[j]] = [order[j], order[k]];
  }
  const kept = order.slice(0, nLedgers).map((k) => members[k]);
  const ledgers = kept.map((m, i) => ledgerDoc(r, m, staff[i % staff.length], secretaries.get(m.branchId), now));
  const hardships = kept.slice(0, counts.careHardships).map((m) => hardshipDoc(r, m, today, now));
  const entries = hardships.map((h, i) => ({ _id: `bulk-ce-${i}`, memberId: h.memberId, at: h.updatedAt, byId: staff[0]._id, byName: staff[0].name, text: `列入帮扶台账（${HARDSHIP_CAUSE_LABELS[h.cause]}）` }));

  // 慰问金: 春节 and 七一 for the oldest, 困难补助 for the register, 住院慰问 after a hospital visit; a tenth still on the way.
  const payments: PaymentRow[] = [];
  const oldest = members.filter((m) => m.birthYear <= year - 80);
  const inHospital = visited.filter((v) => v.occasion === 'hospital');
  for (let i = 0; i < counts.carePayments + Math.round(counts.carePayments / 10); i += 1) {
    const y = year - r.int(2);
    const roll = r.next();
    let m = r.pick(oldest.length ? oldest : members);
    let [reason, handedOn] = roll < 0.6 ? [`${y}年春节慰问`, addDays(springFestival(y), -1 - r.int(10))] : [`${y}年“七一”慰问老党员`, `${y}-06-28`];
    if (roll >= 0.7 && roll < 0.85 && hardships.length) [m, reason, handedOn] = [person(r.pick(hardships).memberId), '困难补助', chinaDay(pastTime(r, now, 24))];
    const v = roll >= 0.85 && inHospital.length ? r.pick(inHospital) : undefined;
    if (v?.visitedOn) [m, reason, handedOn] = [person(v.memberId), '生病住院慰问', v.visitedOn];
    payments.push(paymentDoc(r, i, m, staff, reason, i < counts.carePayments && handedOn <= today ? handedOn : null, now));
  }

  const all = [...visits, ...events];
  const { tallies, markers } = recount(all, problems, payments);
  const merged = await mergeDemoTallies(db, tallies);
  await w.insert(COLLECTIONS.careLedgers, ledgers);
  await w.insert(COLLECTIONS.careHardships, hardships);
  await w.insert(COLLECTIONS.careEntries, entries);
  await w.insert(COLLECTIONS.carePayments, payments);
  await w.insert(COLLECTIONS.careVisits, all);
  await w.insert(COLLECTIONS.careProblems, problems);
  await w.insert(COLLECTIONS.careTallies, merged.fresh);
  for (const t of merged.updated) await w.put(COLLECTIONS.careTallies, t);
  await w.insert(COLLECTIONS.careVisited, markers);
};

const COUNTED = ['hospitalVisits', 'visitsDone', 'peopleVisited', 'problemsRaised', 'problemsSolved', 'paidFen', 'peopleHelped'] as const;

/**
 * One tally per year and branch: where the demo seed already wrote one (its branches), the bulk counts are
 * added onto it — the people are different, so distinct counts add up too. Read before anything is written.
 */
const mergeDemoTallies = async (db: Database, tallies: CareTallyDoc[]): Promise<{ fresh: CareTallyDoc[]; updated: CareTallyDoc[] }> => {
  const existing = new Map<string, CareTallyDoc>();
  for (const year of new Set(tallies.map((t) => t.year))) {
    for (const t of (await db.collection(COLLECTIONS.careTallies).where({ year }).limit(1000).get()).data as CareTallyDoc[]) existing.set(t._id, t);
  }
  const fresh = tallies.filter((t) => !existing.has(t._id));
  const updated: CareTallyDoc[] = [];
  for (const t of tallies) {
    const old = existing.get(t._id);
    if (!old) continue;
    const sum: CareTallyDoc = { ...old, visitsByOccasion: { ...old.visitsByOccasion } };
    for (const k of COUNTED) sum[k] = (old[k] ?? 0) + (t[k] ?? 0);
    const by = sum.visitsByOccasion ?? {};
    for (const o of OCCASIONS) if (t.visitsByOccasion?.[o]) by[o] = (by[o] ?? 0) + (t.visitsByOccasion[o] ?? 0);
    updated.push(sum);
  }
  return { fresh, updated };
};

import { COLLECTIONS } from '../../contract/collections';
import type { EventOccasion, Occasion } from '../../contract/care-model';
import { chinaDay } from '../../contract/day-words';
import type { MemberDoc } from '../../platform/caller';
import { checked, type Database } from '../../platform/database';
import { addDays, calendarVisitId, doubleNinth, eventDueBy, springFestival } from '../../domain/care/occasions';
import type { LedgerDoc, ProblemDoc, VisitDoc } from '../../features/care/store';
import { recount, type CountedPayment } from './care-recount';

/**
 * The demo county's care history, so 关爱服务's pages and figures show real numbers from the first start:
 * ledgers with 1+1+1 contacts for the oldest members, two past years of 春节 and 重阳节 visits, stays in
 * hospital and other events visited (this year too), problems raised and mostly solved, two visits still
 * due (one overdue). The tallies are computed from these records, so the figures are exactly a recount.
 */
const DAY = 24 * 3600 * 1000;

const EVENTS: Array<{ openid: string; occasion: EventOccasion; daysAgo: number; found: string; problem?: { text: string; solved?: string } }> = [
  { openid: 'demo-member-5', occasion: 'hospital', daysAgo: 400, found: '肺炎住院，已好转', problem: { text: '住院费用报销手续不清楚', solved: '局里帮助办好了异地报销' } },
  { openid: 'demo-member-12', occasion: 'hospital', daysAgo: 380, found: '腿摔伤住院', problem: { text: '出院后上下楼困难', solved: '社区安装了楼道扶手' } },
  { openid: 'demo-member-16', occasion: 'hardship', daysAgo: 350, found: '老伴去世后一人生活，收入低', problem: { text: '冬天取暖没有电热毯', solved: '送去电热毯和棉被' } },
  { openid: 'demo-member-9', occasion: 'hospital', daysAgo: 120, found: '高血压住院观察', problem: { text: '复查要去市里，没人陪同', solved: '安排志愿者陪同复查' } },
  { openid: 'demo-member-13', occasion: 'family_event', daysAgo: 90, found: '家中失火，损失不大', problem: { text: '厨房电线老化', solved: '联系电工免费更换' } },
  { openid: 'demo-member-20', occasion: 'hospital', daysAgo: 60, found: '白内障手术，恢复良好' },
  { openid: 'demo-member-14', occasion: 'hardship', daysAgo: 40, found: '独居，子女在外地', problem: { text: '希望有人定期上门看看' } },
  { openid: 'demo-member-1', occasion: 'hospital', daysAgo: 25, found: '感冒发烧住院三天，已出院', problem: { text: '家里的热水器坏了' } },
];
/** Still to be visited: 冯继红's new stay in hospital (reported five days ago: overdue) and 杨秀珍's hardship. */
const DUE: Array<{ openid: string; occasion: EventOccasion; daysAgo: number; note: string }> = [
  { openid: 'demo-member-9', occasion: 'hospital', daysAgo: 5, note: '女儿打电话说又住院了，在县中医院' },
  { openid: 'demo-member-16', occasion: 'hardship', daysAgo: 2, note: '房子漏雨' },
];
const LEDGER_PEOPLE = ['demo-member-1', 'demo-member-5', 'demo-member-9', 'demo-member-12', 'demo-member-13', 'demo-member-14', 'demo-member-16', 'demo-member-20'];
const HEALTH: Record<string, string> = { 'demo-member-5': '慢性支气管炎，冬季易发', 'demo-member-9': '高血压，每天服药', 'demo-member-12': '腿脚不便，需要搀扶' };

export const seedCare = async (db: Database, now: Date): Promise<void> => {
  const { data } = await db.collection(COLLECTIONS.members).where({ _id: db.command.gt('') }).limit(1000).get();
  const people = new Map((data as MemberDoc[]).map((m) => [m.openid, m]));
  const person = (openid: string) => {
    const p = people.get(openid);
    if (!p) throw new Error(`seed: no demo member ${openid}`);
    return p;
  };
  const staff = [person('demo-staff-1'), person('demo-staff-2')];
  const secretaryOf = new Map([...people.values()].filter((m) => m.secretaryOf).map((m) => [m.secretaryOf as string, m]));
  const ref = (m: MemberDoc) => ({ memberId: m._id, name: m.name, ...(m.phone ? { phone: m.phone } : {}) });

  const ledgers: LedgerDoc[] = LEDGER_PEOPLE.map((openid, i) => {
    const m = person(openid);
    const sec = secretaryOf.get(m.branchId);
    return {
      _id: m._id, memberId: m._id, branchId: m.branchId, bureau: ref(staff[i % 2]), ...(sec ? { branch: ref(sec) } : {}),
      helper: { name: m.emergencyContact.name, relation: m.emergencyContact.relation, phone: m.emergencyContact.phone },
      ...(HEALTH[openid] ? { health: HEALTH[openid] } : {}), partyJoinYear: 1960 + i * 2, updatedAt: now,
    };
  });
  for (const { _id, ...rest } of ledgers) checked(await db.collection(COLLECTIONS.careLedgers).doc(_id).set(rest));

  const visits: VisitDoc[] = [];
  const problems: ProblemDoc[] = [];
  const base = (m: MemberDoc, occasion: Occasion) => ({ memberId: m._id, memberName: m.name, branchId: m.branchId, branchName: m.branchName, occasion });
  const year = Number(chinaDay(now).slice(0, 4));
  // Two past years of 三慰问: 春节 for everyone born by 1950, 重阳节 for those 80 and over.
  for (const y of [year - 2, year - 1]) {
    for (const m of people.values()) {
      if (m.birthYear > 1950) continue;
      const spring = addDays(springFestival(y), -5);
      visits.push({ _id: calendarVisitId({ occasion: 'spring_festival', year: y }, m._id), ...base(m, 'spring_festival'), year: y, dueBy: addDays(springFestival(y), -1), status: 'done', visitedOn: spring, way: 'home', visitors: '老干部局、支部', found: '送去慰问品，身体尚好', createdAt: new Date(`${spring}T01:00:00Z`), doneAt: new Date(`${spring}T04:00:00Z`) });
      if (m.birthYear <= y - 80) {
        const ninth = doubleNinth(y);
        visits.push({ _id: calendarVisitId({ occasion: 'double_ninth', year: y }, m._id), ...base(m, 'double_ninth'), year: y, dueBy: ninth, status: 'done', visitedOn: ninth, way: 'home', visitors: '支部书记', found: '重阳节看望，老人很高兴', createdAt: new Date(`${ninth}T01:00:00Z`), doneAt: new Date(`${ninth}T04:00:00Z`) });
      }
    }
  }
  for (const [i, e] of EVENTS.entries()) {
    const m = person(e.openid);
    const reported = new Date(now.getTime() - e.daysAgo * DAY);
    const day = chinaDay(reported);
    const visitedOn = addDays(day, 1);
    const problemId = e.problem ? `seedproblem${i}` : undefined;
    visits.push({ _id: `${e.occasion}-${m._id}-${day}`, ...base(m, e.occasion), year: Number(day.slice(0, 4)), dueBy: eventDueBy(e.occasion, day), status: 'done', reportedBy: '支部', visitedOn, way: 'home', visitors: secretaryOf.get(m.branchId)?.name ?? '支部', found: e.found, ...(problemId ? { problemId } : {}), createdAt: reported, doneAt: new Date(reported.getTime() + DAY) });
    if (e.problem && problemId) {
      const raised = new Date(reported.getTime() + DAY);
      const solvedAt = new Date(raised.getTime() + 6 * DAY);
      const solved = !!e.problem.solved;
      problems.push({
        _id: problemId, memberId: m._id, memberName: m.name, openid: m.openid, branchId: m.branchId, branchName: m.branchName, text: e.problem.text, source: 'visit', visitId: visits[visits.length - 1]._id,
        state: solved ? 'solved' : 'in_hand', solved,
        steps: [{ state: 'open', at: raised, byName: '支部' }, { state: 'in_hand', at: new Date(raised.getTime() + DAY), byName: staff[0].name }, ...(solved ? [{ state: 'solved' as const, at: solvedAt, byName: staff[0].name, note: e.problem.solved }] : [])],
        year: Number(chinaDay(raised).slice(0, 4)), createdAt: raised, updatedAt: solved ? solvedAt : new Date(raised.getTime() + DAY),
      });
    }
  }
  for (const d of DUE) {
    const m = person(d.openid);
    const reported = new Date(now.getTime() - d.daysAgo * DAY);
    const day = chinaDay(reported);
    visits.push({ _id: `${d.occasion}-${m._id}-${day}`, ...base(m, d.occasion), year: Number(day.slice(0, 4)), dueBy: eventDueBy(d.occasion, day), status: 'due', reportedBy: '家属', reportNote: d.note, createdAt: reported });
  }
  checked(await db.collection(COLLECTIONS.careVisits).add(visits));
  if (problems.length) checked(await db.collection(COLLECTIONS.careProblems).add(problems));
  const payments = seedPayments(people, staff, now);
  checked(await db.collection(COLLECTIONS.carePayments).add(payments));
  checked(await db.collection(COLLECTIONS.careHardships).add(HARDSHIP.map((h) => {
    const m = person(h.openid);
    return { _id: m._id, memberId: m._id, memberName: m.name, branchId: m.branchId, branchName: m.branchName, cause: h.cause, family: h.family, conditions: h.conditions, reviewBy: addDays(chinaDay(now), h.reviewInDays), active: true, updatedAt: now };
  })));
  await writeTallies(db, visits, problems, payments);
};

/** Two members on the 帮扶 register, one due for review. */
const HARDSHIP: Array<{ openid: string; cause: 'illness' | 'disaster' | 'other'; family: string; conditions: string; reviewInDays: number }> = [
  { openid: 'demo-member-16', cause: 'other', family: '老伴去世，独居，女儿在县城', conditions: '退休金低，房子漏雨', reviewInDays: -3 },
  { openid: 'demo-member-14', cause: 'illness', family: '独居，子女在外地', conditions: '慢性病，每月药费较多', reviewInDays: 40 },
];

/**
 * 慰问金 handed over: this year's 春节 and 七一 for the oldest and those in difficulty, proposed by one
 * staff member and approved by the other; plus one proposal waiting for approval.
 */
const seedPayments = (people: Map<string, MemberDoc>, staff: MemberDoc[], now: Date) => {
  const year = Number(chinaDay(now).slice(0, 4));
  const out: Array<Record<string, unknown> & { _id: string; memberId: string; branchId: string; amountFen: number; state: string; handedOn?: string }> = [];
  const give = (m: MemberDoc, i: number, amountFen: number, reason: string, handedOn?: string) => out.push({
    _id: `seedpay${out.length}`, memberId: m._id, memberName: m.name, branchId: m.branchId, branchName: m.branchName, amountFen, reason,
    ...(i % 2 === 0 ? { goods: '米一袋、油一桶' } : {}),
    state: handedOn ? 'handed' : 'proposed', proposedById: staff[0]._id, proposedBy: staff[0].name,
    ...(handedOn ? { approvedBy: staff[1].name, handedBy: `${staff[0].name}、支部书记`, handedOn } : {}),
    createdAt: new Date(now.getTime() - 60 * DAY), updatedAt: new Date(now.getTime() - 55 * DAY),
  });
  const oldest = [...people.values()].filter((m) => m.birthYear <= 1946).sort((a, b) => a.birthYear - b.birthYear);
  oldest.forEach((m, i) => give(m, i, 50_000, `${year}年春节慰问`, addDays(springFestival(year), -3)));
  oldest.slice(0, 4).forEach((m, i) => give(m, i, 30_000, `${year}年“七一”慰问老党员`, `${year}-06-28`));
  const waiting = people.get('demo-member-16');
  if (waiting) give(waiting, 1, 100_000, '房子漏雨，困难补助');
  return out.filter((p) => !p.handedOn || p.handedOn <= chinaDay(now));
};

/** The tallies and visited markers the live actions keep, computed from the seeded records. */
const writeTallies = async (db: Database, visits: VisitDoc[], problems: ProblemDoc[], payments: CountedPayment[]): Promise<void> => {
  const { tallies, markers } = recount(visits, problems, payments);
  if (tallies.length) checked(await db.collection(COLLECTIONS.careTallies).add(tallies));
  if (markers.length) checked(await db.collection(COLLECTIONS.careVisited).add(markers));
};

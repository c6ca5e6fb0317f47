import { HARDSHIP_CAUSES, type HardshipCause, type PaymentState } from '../../contract/care-help-model';
import type { IdeaCategory, IdeaOutcome, IdeaRating, IdeaState } from '../../contract/ideas-model';
import { DEPARTMENTS, IDEA_CATEGORIES, IDEA_OUTCOMES, IDEA_RATINGS } from '../../contract/ideas-model';
import { LESSON_CATEGORIES, type LessonCategory } from '../../contract/lesson-model';
import { LIVING_SITUATIONS, MOBILITY_LEVELS } from '../../contract/member-model';
import type { MemberDoc } from '../../platform/caller';
import { addDays } from '../../domain/care/occasions';
import { dueIn, isOverdue, stageDue, type Due } from '../../domain/ideas/deadlines';
import { receiptNo } from '../../domain/ideas/receipt';
import { stepText } from '../../domain/ideas/words';
import type { LedgerDoc } from '../../features/care/store';
import type { IdeaDoc, StoredStep } from '../../features/ideas/idea-doc';
import type { LessonDoc } from '../../features/lessons/store';
import { nameKeys } from '../../features/members/name-keys';

/**
 * Document makers for the bulk (county-sized) seed, in the exact stored shapes the features read and
 * write (MemberDoc, LessonDoc, IdeaDoc …), so the real actions work on the result. Deterministic: the
 * same seed number gives the same county, so bench runs are comparable.
 */
export const DAY = 86_400_000;

/** mulberry32: small, fast, good enough to spread documents; not for anything secret. */
export const rng = (seed: number) => {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    /** Index drawn from cumulative weights (binary search). */
    weighted: (cum: number[]) => {
      const x = next() * cum[cum.length - 1];
      let lo = 0;
      let hi = cum.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cum[mid] > x) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    },
  };
};
export type Rng = ReturnType<typeof rng>;

/** Cumulative weights for a Zipf-like spread: a few big branches or teams, a long tail of small ones. */
export const zipf = (n: number, s = 0.7): number[] => {
  const cum: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i += 1) cum.push((total += 1 / (i + 1) ** s));
  return cum;
};

/** A time in the last `months` months, recent months a little busier (the app is growing). */
export const pastTime = (r: Rng, now: Date, months: number): Date => {
  const span = months * 30 * DAY;
  return new Date(now.getTime() - Math.floor(span * r.next() ** 1.3) - 3_600_000);
};

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '德福桂兰建国秀英玉珍志明国华淑芬春花金山海文华明丽红军永发树林兰芳长青俊杰正刚秋菊振华庆云子荣';
const UNITS = ['县水利局', '县教育局', '县人民医院', '县农业农村局', '县财政局', '县供销社', '县粮食局', '县林业局', '县税务局', '县委办', '县政府办', '县交通运输局'];
const RELATIONS = ['老伴', '儿子', '女儿', '侄子', '孙子'];

export const personName = (r: Rng): string => r.pick([...SURNAMES]) + r.pick([...GIVEN]) + (r.next() < 0.7 ? r.pick([...GIVEN]) : '');

export const memberDoc = (r: Rng, i: number, branch: { id: string; name: string }, now: Date): MemberDoc & { nameKeys: string[] } => {
  const mobility = r.next() < 0.7 ? 'good' : r.pick(MOBILITY_LEVELS);
  const at = pastTime(r, now, 24);
  const name = personName(r);
  return {
    _id: `bulk-m-${i}`,
    openid: `bulk-openid-${i}`,
    name,
    nameKeys: nameKeys(name),
    birthYear: 1932 + r.int(34),
    formerUnit: r.pick(UNITS),
    branchId: branch.id,
    branchName: branch.name,
    phone: `139${String(10_000_000 + i).slice(-8)}`,
    livingSituation: r.pick(LIVING_SITUATIONS),
    mobility,
    needsHomeDelivery: mobility === 'homebound',
    emergencyContact: { name: personName(r), phone: `138${String(20_000_000 + i).slice(-8)}`, relation: r.pick(RELATIONS) },
    address: `${branch.name.slice(0, 3)}第${1 + (i % 40)}组${i}号`,
    roles: ['member'],
    createdAt: at,
    updatedAt: at,
  };
};

const TOPICS = ['党史微课', '形势政策', '榜样引领', '廉政建设', '健康养生', '防范诈骗', '乡村振兴', '家风家训'];

export const lessonDoc = (r: Rng, i: number, author: MemberDoc, branch: { id: string; name: string } | null, now: Date): LessonDoc => {
  const category: LessonCategory = r.pick(LESSON_CATEGORIES);
  const at = pastTime(r, now, 24);
  const roll = r.next();
  const status = roll < 0.9 ? 'published' : roll < 0.95 ? 'draft' : 'withdrawn';
  const title = `${r.pick(TOPICS)}（第${i + 1}讲）`;
  return {
    _id: `bulk-l-${i}`,
    title,
    summary: `${title}：用老同志听得懂的话讲清楚一件事。`,
    category,
    body: [
      { type: 'heading', text: '一、讲什么' },
      { type: 'paragraph', text: `${title}。这一讲从身边的事讲起，讲清来龙去脉。` },
      { type: 'heading', text: '二、怎么做' },
      { type: 'paragraph', text: '学了以后，可以讲给家里人听，也可以在支部活动时交流。' },
    ],
    estimatedMinutes: 3 + r.int(12),
    audience: branch ? 'branch' : 'county',
    ...(branch ? { branchId: branch.id, branchName: branch.name } : {}),
    audienceKey: branch ? branch.id : 'county',
    status,
    authorId: author._id,
    authorName: author.name,
    createdAt: at,
    updatedAt: at,
    ...(status !== 'draft' ? { publishedAt: at, autoDelivery: 'done' as const } : {}),
    ...(status === 'withdrawn' ? { withdrawnAt: new Date(at.getTime() + DAY) } : {}),
  };
};

const IDEA_TITLES = ['增设路灯', '增开早班车', '老年食堂', '修缮步道', '增加休息座椅', '规范停车', '社区义诊', '文化活动室', '防滑扶手', '公厕改造'];
const PLACES = ['城关镇', '龙潭镇', '兴隆镇', '滨河路', '县人民医院', '文化广场', '老干部活动中心'];

/** One idea at a believable stage for its age: old ones are answered (or declined), recent ones are open. */
export const ideaDoc = (r: Rng, i: number, author: MemberDoc, at: Date, year: number, n: number, now: Date): IdeaDoc => {
  const receipt = receiptNo(year, n);
  const ageDays = (now.getTime() - at.getTime()) / DAY;
  const category: IdeaCategory = r.pick(IDEA_CATEGORIES);
  const title = `建议${r.pick(PLACES)}${r.pick(IDEA_TITLES)}`;
  const timeline: StoredStep[] = [{ at, state: 'submitted', text: stepText('submitted', { receiptNo: receipt }) }];
  const step = (days: number, state: IdeaState, words: Parameters<typeof stepText>[1] = {}) => {
    const when = new Date(timeline[timeline.length - 1].at.getTime() + days * DAY);
    timeline.push({ at: when, state, text: stepText(state, words) });
    return when;
  };
  let state: IdeaState = 'submitted';
  let due: Due | null = stageDue('submitted', at);
  let acceptedAt: Date | null = null;
  let resolvedAt: Date | null = null;
  let ratedAt: Date | null = null;
  let department: string | null = null;
  let notAcceptReason: string | null = null;
  let outcome: IdeaOutcome | null = null;
  let answer: string | null = null;
  let rating: IdeaRating | null = null;
  const roll = r.next();
  if (ageDays > 2) {
    if (roll < 0.08) {
      notAcceptReason = '不属于老干部局办理范围，已转告有关部门。';
      step(2, (state = 'not_accepted'), { reason: notAcceptReason });
      due = null;
    } else {
      acceptedAt = step(1, (state = 'accepted'));
      due = stageDue('accepted', acceptedAt);
      if (ageDays > 5) {
        department = r.pick(DEPARTMENTS);
        due = dueIn(acceptedAt, 10);
        step(1, (state = 'assigned'), { department, dueDay: due.dueDay });
      }
      if (ageDays > 30 || (ageDays > 12 && roll < 0.5)) {
        outcome = r.pick(IDEA_OUTCOMES);
        answer = '经研究，已安排落实，感谢您的建议。';
        resolvedAt = step(8, (state = 'resolved'), { outcome });
        due = null;
        if (ageDays > 20 && roll < 0.8) {
          rating = r.pick(IDEA_RATINGS);
          ratedAt = step(2, (state = 'rated'), { rating });
        }
      }
    }
  }
  const last = timeline[timeline.length - 1].at;
  const published = (state === 'resolved' || state === 'rated') && outcome === 'adopted' && roll < 0.3;
  return {
    _id: `bulk-i-${i}`, receiptNo: receipt, submitKey: `bulk:${receipt}`, authorId: author._id, authorOpenid: author.openid,
    authorName: author.name, authorBranchId: author.branchId, authorBranchName: author.branchName,
    ...(author.phone ? { authorPhone: author.phone } : {}), proxy: null, category, title,
    content: `${title}。很多老同志都有这个需要，希望有关部门研究解决。`, photos: [], state, held: false, safety: 'pass',
    createdAt: at, updatedAt: last, dueAt: due?.dueAt ?? null, dueDay: due?.dueDay ?? null,
    // As the daily overdue job leaves them: flagged and supervised once the deadline passed.
    overdue: isOverdue(due?.dueAt, now), supervisedAt: due && isOverdue(due.dueAt, now) ? due.dueAt : null, department, acceptedAt,
    resolvedAt, notAcceptReason, outcome, answer, draft: null, rating, ratingComment: null, ratedAt, round: 1, timeline, staffNotes: [],
    supportCount: r.int(5), published, publishedAt: published ? new Date(last.getTime() + DAY / 2) : null,
    board: published ? { suggestion: title, done: '已落实', beforePhotos: [], afterPhotos: [] } : null,
  };
};

const HEALTH = ['高血压，每天服药', '糖尿病，控制饮食', '腿脚不便，需要搀扶', '慢性支气管炎，冬季易发', '心脏搭过桥，定期复查'];
const contact = (m: MemberDoc) => ({ memberId: m._id, name: m.name, ...(m.phone ? { phone: m.phone } : {}) });

/** A 服务台账 with its 1+1+1 contacts (the branch one where the branch has a secretary on file). */
export const ledgerDoc = (r: Rng, m: MemberDoc, bureau: MemberDoc | undefined, branch: MemberDoc | undefined, now: Date): LedgerDoc => ({
  _id: m._id, memberId: m._id, branchId: m.branchId, ...(bureau ? { bureau: contact(bureau) } : {}), ...(branch ? { branch: contact(branch) } : {}),
  helper: { name: m.emergencyContact.name, relation: m.emergencyContact.relation, phone: m.emergencyContact.phone },
  ...(r.next() < 0.3 ? { health: r.pick(HEALTH) } : {}), ...(r.next() < 0.2 ? { living: '子女在外地，平时一人在家' } : {}),
  partyJoinYear: Math.min(2000, m.birthYear + 18 + r.int(20)), updatedAt: pastTime(r, now, 24),
});

/** features/care/hardship.ts's stored case (its type is not exported). */
export interface HardshipRow { _id: string; memberId: string; memberName: string; branchId: string; branchName: string; cause: HardshipCause; family: string; conditions: string; reviewBy: string; active: boolean; updatedAt: Date }

/** On the register: most still active, about one in ten due for review by now. */
export const hardshipDoc = (r: Rng, m: MemberDoc, today: string, now: Date): HardshipRow => ({
  _id: m._id, memberId: m._id, memberName: m.name, branchId: m.branchId, branchName: m.branchName, cause: r.pick(HARDSHIP_CAUSES),
  family: r.pick(['独居，子女在外地', '老伴卧病在床', '与孙子同住，儿子早逝']), conditions: r.pick(['退休金低，药费多', '房屋老旧漏雨', '看病花费大']),
  reviewBy: addDays(today, r.int(200) - 20), active: r.next() < 0.85, updatedAt: pastTime(r, now, 12),
});

/** features/care/payments.ts's stored entry (its type is not exported). */
export interface PaymentRow {
  _id: string; memberId: string; memberName: string; branchId: string; branchName: string; amountFen: number; goods?: string; reason: string; state: PaymentState;
  proposedById: string; proposedBy: string; approvedBy?: string; rejectReason?: string; handedBy?: string; handedOn?: string; createdAt: Date; updatedAt: Date;
}

/** 慰问金 proposed by one staff member and decided by the other; handed over on `handedOn`, or still on its way. */
export const paymentDoc = (r: Rng, i: number, m: MemberDoc, staff: MemberDoc[], reason: string, handedOn: string | null, now: Date): PaymentRow => {
  const [by, other] = [staff[i % staff.length], staff[(i + 1) % staff.length]];
  const created = handedOn ? new Date(Date.parse(`${handedOn}T10:00:00+08:00`) - (5 + r.int(10)) * DAY) : new Date(now.getTime() - (1 + r.int(30)) * DAY);
  const state: PaymentState = handedOn ? 'handed' : r.pick(['proposed', 'proposed', 'approved', 'rejected']);
  return {
    _id: `bulk-cpay-${i}`, memberId: m._id, memberName: m.name, branchId: m.branchId, branchName: m.branchName, amountFen: r.pick([20_000, 30_000, 50_000, 100_000]),
    ...(r.next() < 0.4 ? { goods: '米一袋、油一桶' } : {}), reason, state, proposedById: by._id, proposedBy: by.name,
    ...(state !== 'proposed' ? { approvedBy: other.name } : {}), ...(state === 'rejected' ? { rejectReason: '本年度已慰问过' } : {}),
    ...(handedOn ? { handedBy: `${by.name}、支部书记`, handedOn } : {}), createdAt: created, updatedAt: handedOn ? new Date(`${handedOn}T10:00:00+08:00`) : created,
  };
};

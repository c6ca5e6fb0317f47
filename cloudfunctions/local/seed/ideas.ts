import { COLLECTIONS } from '../../contract/collections';
import type { IdeaCategory, IdeaOutcome, IdeaRating, IdeaState } from '../../contract/ideas-model';
import type { MemberDoc } from '../../platform/caller';
import { checked, type Database } from '../../platform/database';
import { dueIn, shanghaiDay, stageDue } from '../../domain/ideas/deadlines';
import { receiptNo } from '../../domain/ideas/receipt';
import { stepText } from '../../domain/ideas/words';
import type { IdeaDoc, StoredStep } from '../../features/ideas/idea-doc';
import { addTallies, countsOf, tallyIdeas } from '../../features/ideas/tallies';
import { markRebuilt } from '../../features/ideas/tallies-rebuild';

const DAY = 86_400_000;

interface DemoIdea {
  openid: string;
  category: IdeaCategory;
  title: string;
  content: string;
  place?: string;
  daysAgo: number;
  /** The steps it went through after 已提交, each some days after the previous one. */
  path: Array<
    | { to: 'accepted'; after: number }
    | { to: 'not_accepted'; after: number; reason: string }
    | { to: 'assigned'; after: number; department: string; workdays: number }
    | { to: 'in_progress'; after: number; note: string }
    | { to: 'resolved'; after: number; outcome: IdeaOutcome; answer: string }
    | { to: 'rated'; after: number; rating: IdeaRating }
  >;
  board?: { suggestion: string; done: string };
  supportCount?: number;
}

/** A few believable ideas of the demo county, in several states, with their timelines. */
const DEMO_IDEAS: DemoIdea[] = [
  {
    openid: 'demo-member-2',
    category: 'public_service',
    title: '老年大学开设智能手机使用班',
    content: '很多老同志不会用手机挂号、视频，建议老年大学开一个智能手机班，每周一次，手把手教。',
    daysAgo: 26,
    path: [
      { to: 'accepted', after: 1 },
      { to: 'assigned', after: 1, department: '县委老干部局', workdays: 10 },
      { to: 'resolved', after: 8, outcome: 'adopted', answer: '您的建议已采纳。县老年大学已于11月开设“智能手机使用班”，每周三上午上课，已有42位老同志报名。' },
      { to: 'rated', after: 2, rating: 'satisfied' },
    ],
    board: { suggestion: '老年大学开设智能手机使用班', done: '县老年大学每周三上午开设智能手机班，已有42位老同志报名学习' },
    supportCount: 6,
  },
  {
    openid: 'demo-member-9',
    category: 'public_service',
    title: '县医院为老年人开设绿色通道',
    content: '老年人到县医院看病排队时间长，建议设老年人优先挂号窗口和陪诊志愿者。',
    place: '县人民医院门诊大厅',
    daysAgo: 22,
    path: [
      { to: 'accepted', after: 1 },
      { to: 'assigned', after: 1, department: '县卫生健康局', workdays: 10 },
      { to: 'in_progress', after: 3, note: '县卫健局已与县人民医院商定设置老年人优先窗口。' },
      { to: 'resolved', after: 5, outcome: 'partly_adopted', answer: '县人民医院已在门诊一楼设置老年人优先窗口；陪诊志愿者将与志愿服务队对接后推开。' },
      { to: 'rated', after: 1, rating: 'basically_satisfied' },
    ],
    board: { suggestion: '县医院为老年人开设就医绿色通道', done: '县人民医院门诊一楼设置老年人优先挂号窗口' },
  },
  {
    openid: 'demo-member-1',
    category: 'infrastructure',
    title: '建议在滨河路增设路灯',
    content: '滨河路从县医院到老干部活动中心一段晚上很黑，老同志散步看不清路，建议增设路灯。',
    place: '滨河路县医院段',
    daysAgo: 9,
    path: [
      { to: 'accepted', after: 1 },
      { to: 'assigned', after: 2, department: '县住房和城乡建设局', workdays: 15 },
    ],
    supportCount: 3,
  },
  {
    openid: 'demo-member-4',
    category: 'governance',
    title: '规范社区广场舞音响音量',
    content: '晚上九点以后广场舞音响声音还很大，影响附近老人休息，建议规定时间和音量。',
    place: '城关镇文化广场',
    daysAgo: 14,
    path: [
      { to: 'accepted', after: 1 },
      { to: 'assigned', after: 1, department: '县城市管理局', workdays: 10 },
      { to: 'in_progress', after: 4, note: '城管局已与广场舞队伍负责人沟通，拟张贴告示，晚上九点后停止。' },
    ],
  },
  {
    openid: 'demo-member-16',
    category: 'livelihood',
    title: '兴隆镇建设老年食堂',
    content: '兴隆镇独居老人多，做饭不方便，建议在镇上建一个老年食堂，提供便宜的午餐。',
    place: '兴隆镇',
    daysAgo: 4,
    path: [{ to: 'accepted', after: 1 }],
  },
  {
    openid: 'demo-member-12',
    category: 'infrastructure',
    title: '龙潭镇到县城增开早班车',
    content: '龙潭镇到县城第一班车是八点，老人去县医院看病赶不上早上挂号，建议增开六点半的早班车。',
    daysAgo: 9,
    path: [],
  },
  {
    openid: 'demo-member-6',
    category: 'other',
    title: '在小区门口设置快递代收点',
    content: '建议在我们小区门口设一个快递代收点，老人取快递要走很远。',
    daysAgo: 12,
    path: [{ to: 'not_accepted', after: 2, reason: '快递代收点由物业和快递企业自行设置，不属于老干部局办理范围，已转告社区居委会协调。' }],
  },
];

/** Writes the demo ideas once (called by the demo-county seed, which runs on an empty database). */
export const seedIdeas = async (db: Database, now: Date): Promise<void> => {
  const year = Number(shanghaiDay(now).slice(0, 4));
  let n = 0;
  const seeded: Array<Omit<IdeaDoc, '_id'>> = [];
  for (const demo of [...DEMO_IDEAS].sort((a, b) => b.daysAgo - a.daysAgo)) {
    const { data } = await db.collection(COLLECTIONS.members).where({ openid: demo.openid }).limit(1).get();
    const author = data[0] as MemberDoc | undefined;
    if (!author) continue;
    n += 1;
    const receipt = receiptNo(year, n);
    let at = new Date(now.getTime() - demo.daysAgo * DAY);
    const created = at;
    let due = stageDue('submitted', at);
    const timeline: StoredStep[] = [{ at, state: 'submitted', text: stepText('submitted', { receiptNo: receipt }) }];
    const doc: Omit<IdeaDoc, '_id'> = {
      receiptNo: receipt, submitKey: `seed:${receipt}`, authorId: author._id, authorOpenid: author.openid, authorName: author.name,
      authorBranchId: author.branchId, authorBranchName: author.branchName, ...(author.phone ? { authorPhone: author.phone } : {}),
      proxy: null, category: demo.category, title: demo.title, content: demo.content, ...(demo.place ? { place: demo.place } : {}),
      photos: [], state: 'submitted', held: false, safety: 'pass', createdAt: created, updatedAt: created, dueAt: null, dueDay: null,
      overdue: false, supervisedAt: null, department: null, acceptedAt: null, resolvedAt: null, notAcceptReason: null, outcome: null,
      answer: null, draft: null, rating: null, ratingComment: null, ratedAt: null, round: 1, timeline, staffNotes: [],
      supportCount: demo.supportCount ?? 0, published: false, publishedAt: null, board: null,
    };
    let state: IdeaState = 'submitted';
    for (const step of demo.path) {
      at = new Date(at.getTime() + step.after * DAY);
      state = step.to;
      if (step.to === 'accepted') {
        doc.acceptedAt = at;
        due = stageDue('accepted', at);
      } else if (step.to === 'not_accepted') {
        doc.notAcceptReason = step.reason;
        due = null;
      } else if (step.to === 'assigned') {
        doc.department = step.department;
        due = dueIn(at, step.workdays);
      } else if (step.to === 'resolved') {
        doc.outcome = step.outcome;
        doc.answer = step.answer;
        doc.resolvedAt = at;
        due = null;
      } else if (step.to === 'rated') {
        doc.rating = step.rating;
        doc.ratedAt = at;
      }
      timeline.push({
        at,
        state: step.to,
        text: stepText(step.to, {
          department: doc.department ?? undefined, dueDay: due?.dueDay, reason: doc.notAcceptReason ?? undefined,
          note: step.to === 'in_progress' ? step.note : undefined, outcome: doc.outcome ?? undefined, rating: doc.rating ?? undefined,
        }),
      });
    }
    doc.state = state;
    doc.updatedAt = at;
    doc.dueAt = due?.dueAt ?? null;
    doc.dueDay = due?.dueDay ?? null;
    if (demo.board) {
      doc.published = true;
      doc.publishedAt = new Date(at.getTime() + DAY / 2);
      doc.board = { ...demo.board, beforePhotos: [], afterPhotos: [] };
    }
    // Seeded settled: the tallies below hold what each idea counts for.
    doc.counted = countsOf(doc);
    doc.unsettled = false;
    checked(await db.collection(COLLECTIONS.ideas).add(doc));
    seeded.push(doc);
  }
  await addTallies(db, tallyIdeas(seeded));
  await markRebuilt(db);
  const counterId = `ideas-${year}`;
  checked(await db.collection(COLLECTIONS.counters).doc(counterId).set({ name: counterId, value: n }));
};

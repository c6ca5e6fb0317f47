import { COLLECTIONS } from '../../contract/collections';
import type { BodyBlock, LessonCategory } from '../../contract/lesson-model';
import type { MemberDoc } from '../../platform/caller';
import { checked, type Database } from '../../platform/database';
import type { LessonDoc } from '../../features/lessons/store';

interface DemoLesson {
  title: string;
  summary: string;
  category: LessonCategory;
  series?: string;
  seriesOrder?: number;
  minutes: number;
  /** openid of the author: staff write for the county, a secretary for their branch. */
  author: string;
  daysAgo: number;
  /** Not published: a draft, or held by content safety (waits in 工作人员后台 → 课程审核). */
  status?: 'draft' | 'held';
  body: string[];
}

const P = (text: string): BodyBlock => ({ type: 'paragraph', text });
const H = (text: string): BodyBlock => ({ type: 'heading', text });
/** "# " starts a heading; everything else is a paragraph. */
const blocks = (lines: string[]): BodyBlock[] => lines.map((l) => (l.startsWith('# ') ? H(l.slice(2)) : P(l)));

const LESSONS: DemoLesson[] = [
  {
    title: '党史微课（一）：酉水河畔的红色足迹',
    summary: '从1934年红军经过酉水讲起，看老一辈共产党人在我们县留下的足迹。',
    category: 'micro', series: '党史学习教育 2024', seriesOrder: 1, minutes: 6, author: 'demo-staff-1', daysAgo: 20,
    body: [
      '# 一、红军来到酉水河畔',
      '1934年秋天，红军队伍沿着酉水河来到我们县。老乡们至今还记得，战士们借住在百姓家里，走的时候把院子扫得干干净净，水缸挑得满满的。',
      '# 二、留在乡亲心里的故事',
      '龙潭镇的老人们讲，有一位小战士生了病，留在村里养伤。乡亲们轮流照顾他，他病好以后又追赶队伍去了。这样的故事，在酉水两岸还有很多。',
      '# 三、我们今天怎么学',
      '老同志们可以把自己听过的故事讲给孙辈听。红色的种子，就是这样一代一代传下去的。',
    ],
  },
  {
    title: '党史微课（二）：建县初期的老干部们',
    summary: '新中国成立后，第一批干部怎样在缺粮少路的条件下把工作做起来。',
    category: 'micro', series: '党史学习教育 2024', seriesOrder: 2, minutes: 5, author: 'demo-staff-1', daysAgo: 13,
    body: [
      '# 一、走着去下乡',
      '那时候全县没有一条像样的公路，干部下乡全靠两条腿。一个乡跑下来，常常要走三四天。',
      '# 二、同吃同住同劳动',
      '干部到了村里，和群众一起吃饭、一起下地。群众说：“这些干部和我们是一家人。”',
    ],
  },
  {
    title: '形势政策：党的二十届三中全会精神解读',
    summary: '用老同志听得懂的话，讲清楚全会提出的进一步全面深化改革的重点。',
    category: 'policy', minutes: 12, author: 'demo-staff-1', daysAgo: 6,
    body: [
      '# 一、全会开了什么会',
      '党的二十届三中全会，主要研究进一步全面深化改革、推进中国式现代化的问题。',
      '# 二、和我们老同志有什么关系',
      '全会提出要健全社会保障体系，积极应对人口老龄化，完善发展养老事业和养老产业政策机制。这些都和我们的生活密切相关。',
      '# 三、我们能做些什么',
      '老同志经验丰富，可以通过“金点子”给家乡发展提建议，也可以参加志愿服务，发挥余热。',
    ],
  },
  {
    title: '榜样引领：退休不褪色的老支书田大爷',
    summary: '退休二十年，田大爷带着乡亲们修路、种茶，把荒坡变成了茶园。',
    category: 'exemplar', minutes: 8, author: 'demo-secretary-bureau', daysAgo: 3,
    body: [
      '# 一、退休回到村里',
      '田大爷从镇里退休后，回到了老家。看到村里的路一下雨就走不了，他找到村干部，提出大家一起出工修路。',
      '# 二、带着乡亲们种茶',
      '路修好了，田大爷又琢磨着让乡亲们增收。他请来农技站的技术员，带头在荒坡上种茶。如今，茶园已经有三百多亩。',
      '# 三、田大爷的话',
      '“人退休了，党员的身份没有退休。能为乡亲们做一点事，心里就踏实。”',
    ],
  },
  {
    title: '廉政建设课：好家风是最好的传家宝',
    summary: '老同志讲家风、立家规，带头守住清白，为子孙做好样子。',
    category: 'integrity', minutes: 7, author: 'demo-staff-1', daysAgo: 1,
    body: [
      '# 一、家风连着党风',
      '家风好，子孙就受益；家风不正，就会害了一家人。老同志在家里说话有分量，带头立好家规，是对子孙最好的爱护。',
      '# 二、几条朴素的家规',
      '不收不该收的礼，不办不该办的事，不打招呼、不递条子。逢年过节，一家人团团圆圆，比什么都好。',
      '# 三、讲给孙辈听',
      '可以把自己年轻时候勤俭持家、清白做人的故事，讲给孙辈听。',
    ],
  },
  {
    title: '支部微课：冬季防滑防跌倒小常识',
    summary: '天冷路滑，记住几条小常识，出门更安心。',
    category: 'micro', minutes: 3, author: 'demo-secretary-bureau', daysAgo: 0, status: 'draft',
    body: ['# 出门前', '穿防滑的鞋，带上拐杖。下雨下雪的日子，尽量不要一个人出门。'],
  },
  {
    title: '支部微课：老同志谈防范养老诈骗',
    summary: '几个真实的例子，说说“高回报养老项目”是怎么骗人的。',
    category: 'micro', minutes: 5, author: 'demo-secretary-bureau', daysAgo: 0, status: 'held',
    body: ['# 一、常见的说法', '“保本高息”“以房养老”“免费旅游”，听到这些就要多留个心眼。', '# 二、怎么办', '不懂的事先问子女、问支部，钱不要转给陌生人。'],
  },
];

/** Demo lessons in all four categories (county-wide and for the bureau branch), once per fresh database. */
export const seedLessons = async (db: Database, now: Date): Promise<void> => {
  const { data } = await db
    .collection(COLLECTIONS.members)
    .where({ openid: db.command.in([...new Set(LESSONS.map((l) => l.author))]) })
    .limit(10)
    .get();
  const authors = new Map((data as MemberDoc[]).map((m) => [m.openid, m]));
  for (const l of LESSONS) {
    const author = authors.get(l.author) as MemberDoc;
    const at = new Date(now.getTime() - l.daysAgo * 86_400_000 - 3_600_000);
    const forBranch = l.author.startsWith('demo-secretary') ? author.secretaryOf : undefined;
    const doc: Omit<LessonDoc, '_id'> = {
      title: l.title,
      summary: l.summary,
      category: l.category,
      ...(l.series ? { series: l.series, seriesOrder: l.seriesOrder } : {}),
      body: blocks(l.body),
      estimatedMinutes: l.minutes,
      audience: forBranch ? 'branch' : 'county',
      ...(forBranch ? { branchId: forBranch, branchName: author.branchName } : {}),
      audienceKey: forBranch ?? 'county',
      status: l.status ?? 'published',
      authorId: author._id,
      authorName: author.name,
      createdAt: at,
      updatedAt: at,
      ...(l.status ? {} : { publishedAt: at }),
      ...(l.status === 'held' ? { heldVerdict: 'review' } : {}),
    };
    checked(await db.collection(COLLECTIONS.lessons).add(doc));
  }
};

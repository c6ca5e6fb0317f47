import { holdersOf } from '../../features/volunteers/seat-ledger';
import { COLLECTIONS } from '../../contract/collections';
import type { Skill, TeamKind, VolunteerField } from '../../contract/volunteer-model';
import type { MemberDoc } from '../../platform/caller';
import { checked, type Database } from '../../platform/database';
import { monthOf, serviceMinutes } from '../../domain/volunteers/hours';
import { membershipIdOf, signupIdOf, type ActivityDoc, type MembershipDoc, type SignupDoc, type TalentDoc, type TeamDoc } from '../../features/volunteers/docs';
import { DEMO_PLACES } from './places';
import { volunteerRecount } from './volunteer-recount';

/**
 * Demo volunteering for the 酉水县 county: teams under the 银铃耀酉水 banner and a 银发智囊团, their
 * leaders and members, a talent pool, past activities with hours and upcoming ones — one of them about
 * to start, so the check-in can be tried at once. Times are relative to `now`.
 */
interface TeamSeed {
  name: string;
  kind: TeamKind;
  fields: VolunteerField[];
  township: string;
  leader: string;
  members: string[];
  description: string;
}

const TEAMS: TeamSeed[] = [
  { name: '银铃耀酉水·城关科技下乡服务队', kind: 'service', fields: ['tech', 'rural'], township: '城关镇', leader: 'demo-member-3',
    members: ['demo-member-2', 'demo-member-4', 'demo-member-20'], description: '退休农技、财会干部组成，常年下乡讲解种养技术、帮助村集体理账。' },
  { name: '银铃耀酉水·龙潭乡村振兴服务队', kind: 'service', fields: ['rural'], township: '龙潭镇', leader: 'demo-secretary-longtan',
    members: ['demo-member-13', 'demo-member-14', 'demo-member-15'], description: '围绕龙潭镇特色产业，帮助合作社谋划发展、调解邻里纠纷。' },
  { name: '银铃耀酉水·兴隆社会治理服务队', kind: 'service', fields: ['governance'], township: '兴隆镇', leader: 'demo-member-19',
    members: ['demo-member-17', 'demo-member-18'], description: '参与网格巡查、矛盾调解和文明劝导，守护平安兴隆。' },
  { name: '银铃耀酉水·五老关心下一代服务队', kind: 'service', fields: ['youth'], township: '城关镇', leader: 'demo-member-7',
    members: ['demo-member-6', 'demo-member-8', 'demo-secretary-education'], description: '老干部、老教师走进校园，讲红色故事，结对帮扶留守儿童。' },
  { name: '银铃耀酉水·健康义诊服务队', kind: 'service', fields: ['rural', 'governance'], township: '城关镇', leader: 'demo-member-10',
    members: ['demo-member-11', 'demo-secretary-health'], description: '退休医务人员定期进村义诊、讲解慢病防治知识。' },
  { name: '银铃耀酉水·法律援助服务队', kind: 'service', fields: ['governance'], township: '龙潭镇', leader: 'demo-member-15',
    members: ['demo-member-13'], description: '退休政法干部为群众提供法律咨询，参与信访接待。' },
  { name: '银铃耀酉水·文艺宣传服务队', kind: 'service', fields: ['youth', 'governance'], township: '城关镇', leader: 'demo-member-6',
    members: ['demo-member-4', 'demo-member-16'], description: '用山歌、快板宣讲党的政策，丰富群众文化生活。' },
  { name: '银铃耀酉水·书法进万家服务队', kind: 'service', fields: ['youth'], township: '城关镇', leader: 'demo-member-20',
    members: ['demo-member-2'], description: '春节写春联、进校园教书法，传承传统文化。' },
  { name: '银铃耀酉水·生态护林服务队', kind: 'service', fields: ['rural', 'tech'], township: '兴隆镇', leader: 'demo-member-17',
    members: ['demo-member-19'], description: '退休林业干部巡山护林，宣讲森林防火知识。' },
  { name: '银发智囊团', kind: 'thinktank', fields: ['rural', 'governance', 'tech'], township: '县委老干部局', leader: 'demo-member-2',
    members: ['demo-member-3', 'demo-secretary-bureau', 'demo-member-10'], description: '离退休干部中的行家里手，为县委县政府重点工作建言献策、开展专题调研。' },
];

const SKILL_SEED: Array<[string, Skill[], string?]> = [
  ['demo-member-3', ['agri', 'party'], '果树嫁接'],
  ['demo-member-2', ['finance'], '村集体账务'],
  ['demo-member-10', ['medical'], '慢病防治'],
  ['demo-member-11', ['medical']],
  ['demo-member-15', ['legal', 'mediation']],
  ['demo-member-7', ['education', 'party']],
  ['demo-member-6', ['arts', 'education'], '山歌、快板'],
  ['demo-member-20', ['calligraphy']],
  ['demo-member-12', ['agri'], '茶叶种植'],
  ['demo-member-1', ['arts']],
];

interface ActivitySeed {
  team: number;
  title: string;
  field: VolunteerField;
  place: string;
  /** Start, in hours from now (negative: in the past). */
  startH: number;
  hours: number;
  capacity: number;
  /** Sign-ups: openid, and for past activities the minutes late in and early out. */
  people: Array<[string, number?, number?]>;
  description: string;
}

const ACTIVITIES: ActivitySeed[] = [
  { team: 0, title: '柑橘冬季修剪技术指导', field: 'tech', place: '城关镇白岩村村委会', startH: -24 * 40, hours: 3, capacity: 12,
    people: [['demo-member-1', 0, 0], ['demo-member-2', 10, 0], ['demo-member-4', 0, 30], ['demo-member-3', 0, 0]], description: '在果园现场讲解冬季修剪要点。' },
  { team: 3, title: '红色故事进校园', field: 'youth', place: '城关小学报告厅', startH: -24 * 21, hours: 2, capacity: 8,
    people: [['demo-member-1', 0, 0], ['demo-member-6', 0, 0], ['demo-member-7', 0, 0], ['demo-member-8', 15, 0]], description: '给五年级同学讲酉水河畔的红色故事。' },
  { team: 4, title: '重阳节进村义诊', field: 'rural', place: '龙潭镇赵庄村卫生室', startH: -24 * 55, hours: 2.5, capacity: 10,
    people: [['demo-member-1', 0, 0], ['demo-member-10', 0, 0], ['demo-member-11', 0, 20]], description: '测血压、血糖，讲解冬季慢病防护。' },
  { team: 1, title: '茶叶合作社发展座谈', field: 'rural', place: '龙潭镇茶叶专业合作社', startH: -24 * 9, hours: 2, capacity: 10,
    people: [['demo-member-13', 0, 0], ['demo-member-14', 0, 0], ['demo-secretary-longtan', 0, 0]], description: '帮合作社梳理销路和管理上的难题。' },
  { team: 2, title: '平安兴隆网格巡查', field: 'governance', place: '兴隆镇中心街', startH: -24 * 6, hours: 3, capacity: 6,
    people: [['demo-member-17', 0, 0], ['demo-member-18', 20, 0], ['demo-member-19', 0, 0]], description: '协助网格员巡查，劝导文明出行。' },
  { team: 9, title: '“四好农村路”专题调研', field: 'governance', place: '县委老干部局三楼会议室', startH: -24 * 14, hours: 3, capacity: 15,
    people: [['demo-member-2', 0, 0], ['demo-member-3', 0, 0], ['demo-secretary-bureau', 0, 0], ['demo-member-10', 0, 0]], description: '听取交通部门介绍，形成调研建议。' },
  // Under way now: its members are signed up, so the leader can mark attendance and correct hours at once.
  { team: 0, title: '社区智能手机课堂', field: 'tech', place: '城关镇老年活动中心', startH: -0.75, hours: 2.5, capacity: 8,
    people: [['demo-member-1'], ['demo-member-20']], description: '手把手教老同志用手机挂号、视频通话。' },
  // Upcoming. The first starts soon: check-in opens an hour before the start, so it can be tried at once.
  { team: 0, title: '冬季果园管护现场课', field: 'tech', place: '城关镇白岩村果园', startH: 0.75, hours: 2.5, capacity: 10,
    people: [['demo-member-2'], ['demo-member-4']], description: '现场示范清园、涂白和防冻措施。请穿防滑鞋。' },
  { team: 0, title: '智能手机防诈骗讲座', field: 'tech', place: '城关镇老年活动中心', startH: 24 * 3 + 1, hours: 2, capacity: 3,
    people: [['demo-member-2'], ['demo-member-4'], ['demo-member-20'], ['demo-member-6']], description: '教老年朋友识别常见电信诈骗。名额少，满了可以候补。' },
  { team: 3, title: '周末留守儿童作业辅导', field: 'youth', place: '城关小学三楼', startH: 24 * 5, hours: 2, capacity: 6,
    people: [['demo-member-6'], ['demo-member-8']], description: '陪留守儿童写作业、读课外书。' },
  { team: 4, title: '兴隆镇健康义诊', field: 'rural', place: '兴隆镇卫生院门口', startH: 24 * 8, hours: 3, capacity: 8,
    people: [['demo-member-10']], description: '量血压、测血糖，发放健康资料。' },
  { team: 9, title: '银发智囊团季度建言会', field: 'governance', place: '县委老干部局三楼会议室', startH: 24 * 12, hours: 2, capacity: 20,
    people: [['demo-member-2'], ['demo-member-3']], description: '围绕乡村振兴重点工作建言献策。' },
  { team: 6, title: '新春文艺汇演排练', field: 'governance', place: '县文化馆排练厅', startH: 24 * 15, hours: 3, capacity: 15,
    people: [['demo-member-6'], ['demo-member-16']], description: '排练山歌和快板节目，欢迎有文艺特长的老同志。' },
];

const HOUR = 3_600_000;

/** Round to the next quarter hour so seeded times read like real ones. */
const quarter = (t: number): Date => new Date(Math.ceil(t / (15 * 60_000)) * 15 * 60_000);

const SHANGHAI = 8 * HOUR;

/** `days` after `now`'s date in Shanghai, at `hour` o'clock Shanghai time. */
const onDay = (now: Date, days: number, hour: number): Date => {
  const local = new Date(now.getTime() + SHANGHAI);
  const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - SHANGHAI;
  return new Date(midnight + days * 24 * HOUR + hour * HOUR);
};

export const seedVolunteers = async (db: Database, now: Date): Promise<void> => {
  const people = new Map<string, MemberDoc>();
  const openids = [...new Set(TEAMS.flatMap((t) => [t.leader, ...t.members]).concat(ACTIVITIES.flatMap((a) => a.people.map((p) => p[0]))).concat(SKILL_SEED.map((s) => s[0])))];
  const { data } = await db.collection(COLLECTIONS.members).where({ openid: db.command.in(openids) }).limit(100).get();
  for (const m of data as MemberDoc[]) people.set(m.openid, m);
  const person = (openid: string): MemberDoc => {
    const p = people.get(openid);
    if (!p) throw new Error(`seed: no demo member ${openid}`);
    return p;
  };

  const teams: TeamDoc[] = [];
  const leaders: MemberDoc[] = [];
  for (const t of TEAMS) {
    const leader = person(t.leader);
    leaders.push(leader);
    const doc: Omit<TeamDoc, '_id'> = {
      name: t.name, kind: t.kind, fields: t.fields, township: t.township, description: t.description,
      leaderIds: [leader._id], leaderNames: [leader.name], memberCount: 1 + t.members.length, createdAt: now,
    };
    const { id } = checked(await db.collection(COLLECTIONS.volunteerTeams).add(doc)) as { id: string };
    teams.push({ ...doc, _id: id });
    const rows: MembershipDoc[] = [t.leader, ...t.members].map((openid) => {
      const m = person(openid);
      return {
        _id: membershipIdOf(id, m._id), teamId: id, teamName: t.name, teamKind: t.kind, memberId: m._id, memberName: m.name,
        openid, status: 'active', isLeader: openid === t.leader, appliedAt: now, decidedAt: now,
      };
    });
    checked(await db.collection(COLLECTIONS.volunteerMemberships).add(rows));
  }

  const talents: TalentDoc[] = SKILL_SEED.map(([openid, skills, note]) => {
    const m = person(openid);
    return { _id: m._id, memberId: m._id, name: m.name, branchName: m.branchName, skills, ...(note ? { note } : {}), updatedAt: now };
  });
  checked(await db.collection(COLLECTIONS.volunteerTalents).add(talents));

  const recount = volunteerRecount(); // volunteers.figures' tallies, for exactly these records
  for (const [index, a] of ACTIVITIES.entries()) {
    const team = teams[a.team];
    // Whole days away: on that day at 09:00 or 14:30 Shanghai time, as real activities are; within a day: relative to now.
    const startAt = Math.abs(a.startH) >= 24 ? onDay(now, Math.trunc(a.startH / 24), index % 2 === 0 ? 9 : 14.5) : quarter(now.getTime() + a.startH * HOUR);
    const endAt = new Date(startAt.getTime() + a.hours * HOUR);
    const deadline = a.startH > 0 && a.startH < 24 ? startAt : new Date(startAt.getTime() - 24 * HOUR);
    const past = endAt.getTime() <= now.getTime();
    const seated = a.people.slice(0, a.capacity).map((p) => person(p[0])._id);
    const waiting = a.people.slice(a.capacity).map((p) => person(p[0])._id);
    // Posted by the team's leader, at one of staff's places where the demo has it: the copy the post would keep.
    const leader = leaders[a.team];
    const placeInfo = DEMO_PLACES.find((p) => p.name === a.place);
    const activity: Omit<ActivityDoc, '_id'> = {
      teamId: team._id, teamName: team.name, title: a.title, description: a.description, field: a.field, startAt, endAt, deadline,
      place: a.place, ...(placeInfo ? { placeInfo: { ...placeInfo } } : {}),
      organiser: { name: leader.name, ...(leader.phone ? { phone: leader.phone } : {}) }, capacity: a.capacity, taken: seated.length, holders: holdersOf(seated), waiting, needsApproval: false,
      code: String(1357 + index * 1111).slice(-4), cancelled: false, month: monthOf(startAt), createdBy: team.leaderIds[0],
      createdAt: new Date(startAt.getTime() - 7 * 24 * HOUR),
    };
    const { id } = checked(await db.collection(COLLECTIONS.volunteerActivities).add(activity)) as { id: string };
    const signups: SignupDoc[] = a.people.map(([openid, lateMin = 0, earlyMin = 0], i) => {
      const m = person(openid);
      const checkInAt = past ? new Date(startAt.getTime() - 10 * 60_000 + lateMin * 60_000) : null;
      const checkOutAt = past ? new Date(endAt.getTime() - earlyMin * 60_000) : null;
      return {
        _id: signupIdOf(id, m._id), activityId: id, memberId: m._id, memberName: m.name, branchName: m.branchName, openid,
        teamId: team._id, teamName: team.name, field: a.field, title: a.title, place: a.place, activityStart: startAt, activityEnd: endAt,
        deadline, month: activity.month, status: i < a.capacity ? 'confirmed' : 'waiting',
        signedAt: new Date(activity.createdAt.getTime() + (i + 1) * HOUR), checkInAt, checkOutAt,
        minutes: past ? serviceMinutes({ startAt, endAt }, { checkInAt, checkOutAt }) : null,
        corrected: false, codeFailures: 0, updatedAt: now,
      };
    });
    if (signups.length) checked(await db.collection(COLLECTIONS.volunteerSignups).add(signups));
    recount.activity({ ...activity, _id: id });
    signups.forEach(recount.signup);
  }
  checked(await db.collection(COLLECTIONS.volunteerTallies).add(recount.docs()));
};

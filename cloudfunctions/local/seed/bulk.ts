import { COLLECTIONS } from '../../contract/collections';
import type { MemberDoc } from '../../platform/caller';
import { checked, readDoc, type Database } from '../../platform/database';
import type { BranchDoc } from '../../features/members/branches/branch-store';
import type { LessonDoc, ProgressDoc, StudyRecordDoc } from '../../features/lessons/store';
import type { TeamDoc } from '../../features/volunteers/docs';
import { chinaMonth } from '../../domain/lessons/month';
import { tallyCounter } from '../../features/lessons/tallies';
import { addTallies, countsOf, tallyIdeas } from '../../features/ideas/tallies';
import { DAY, ideaDoc, lessonDoc, memberDoc, pastTime, rng, zipf } from './bulk-docs';
import { seedBulkCare, type CareCounts } from './bulk-care';
import { activityWithSignups } from './bulk-volunteers';
import { volunteerRecount, writeVolunteerTallies } from './volunteer-recount';

/**
 * County-sized data on top of the demo county, for measuring lists and tallies at the size a real county
 * reaches (every list must stay fast at it): thousands of members spread over
 * branches, lessons, study records with their progress, ideas at every stage, activities with sign-ups, and
 * 关爱服务's ledgers, visits, problems, 帮扶 cases and 慰问金 with their tallies (bulk-care.ts).
 * Written through the real SDK with batch `add` (one request and one journal record per batch of
 * documents), the fastest path that still goes through the emulator's wire format, unique-index checks
 * and durable journal — the same road every action's writes take. Call after seedDemoCounty.
 */
export interface BulkCounts extends CareCounts {
  members: number;
  lessons: number;
  studyRecords: number;
  ideas: number;
  activities: number;
  signups: number;
}

/** The "small" county: about what one county holds after some years; the large set is this times ten. */
export const COUNTY_SIZE: BulkCounts = {
  members: 5000, lessons: 2000, studyRecords: 100_000, ideas: 5000, activities: 500, signups: 20_000,
  // About 40% of people with a ledger; ~300 四必访 a year; calendar visits follow from the members' ages.
  careLedgers: 2000, careEventVisits: 600, careProblems: 150, careHardships: 60, carePayments: 300, careDue: 40,
};

export const scaled = (factor: number): BulkCounts =>
  Object.fromEntries(Object.entries(COUNTY_SIZE).map(([k, v]) => [k, Math.round(v * factor)])) as unknown as BulkCounts;

/** Branches a county this size has: the five demo ones plus these (the same for every size). */
export const EXTRA_BRANCHES = 35;

export interface BulkReport {
  /** Documents written per collection. */
  written: Record<string, number>;
  requests: number;
  ms: number;
}

const TOWNSHIPS = ['城关镇', '龙潭镇', '兴隆镇', '石堤镇', '酉酬镇', '大溪镇', '丁市镇', '李溪镇', '泔溪镇'];

export const seedBulk = async (db: Database, now: Date, counts: BulkCounts, opts: { batch?: number; seed?: number } = {}): Promise<BulkReport> => {
  const started = Date.now();
  const batch = opts.batch ?? 2000;
  const r = rng(opts.seed ?? 20261128);
  const written: Record<string, number> = {};
  let requests = 0;
  const _ = db.command;
  const insert = async (collection: string, docs: object[]) => {
    for (let k = 0; k < docs.length; k += batch) {
      checked(await db.collection(collection).add(docs.slice(k, k + batch)));
      requests += 1;
    }
    written[collection] = (written[collection] ?? 0) + docs.length;
  };

  // Branches: the demo five and EXTRA_BRANCHES more; members spread Zipf-like (a few big ones).
  const demoBranches = (await db.collection(COLLECTIONS.branches).orderBy('order', 'asc').limit(100).get()).data as BranchDoc[];
  const extra: BranchDoc[] = Array.from({ length: EXTRA_BRANCHES }, (_x, k) => ({
    _id: `bulk-b-${k}`, name: `${TOWNSHIPS[k % TOWNSHIPS.length]}第${k + 1}离退休干部党支部`, township: TOWNSHIPS[k % TOWNSHIPS.length],
    order: demoBranches.length + k, memberCount: 0, createdAt: now,
  }));
  const branches = [...demoBranches, ...extra];
  const branchCum = zipf(branches.length);
  const members: MemberDoc[] = [];
  const perBranch = new Map<string, number>();
  for (let i = 0; i < counts.members; i += 1) {
    const b = branches[r.weighted(branchCum)];
    members.push(memberDoc(r, i, { id: b._id, name: b.name }, now));
    perBranch.set(b._id, (perBranch.get(b._id) ?? 0) + 1);
  }
  for (const b of extra) b.memberCount = perBranch.get(b._id) ?? 0;
  await insert(COLLECTIONS.branches, extra);
  for (const b of demoBranches) {
    checked(await db.collection(COLLECTIONS.branches).doc(b._id).update({ memberCount: _.inc(perBranch.get(b._id) ?? 0) }));
    requests += 1;
  }
  // The demo people study, suggest and volunteer like everyone else, so their own lists hold a typical share.
  const demoPeople = (await db.collection(COLLECTIONS.members).orderBy('createdAt', 'desc').limit(100).get()).data as MemberDoc[];
  await insert(COLLECTIONS.members, members);
  const everyone = [...demoPeople, ...members];

  // Lessons: 40% for the whole county by staff, the rest for one branch; 90% published.
  const staff = (await db.collection(COLLECTIONS.members).where({ openid: 'demo-staff-1' }).limit(1).get()).data[0] as MemberDoc;
  const lessons: LessonDoc[] = [];
  for (let i = 0; i < counts.lessons; i += 1) {
    const b = r.next() < 0.4 ? null : branches[r.weighted(branchCum)];
    lessons.push(lessonDoc(r, i, staff, b ? { id: b._id, name: b.name } : null, now));
  }
  await insert(COLLECTIONS.lessons, lessons);

  // Study records: 70% online (one per member and lesson, with its progress), the rest offline and 送学上门.
  const readable = new Map<string, LessonDoc[]>();
  for (const l of lessons) if (l.status !== 'draft') readable.set(l.audienceKey, [...(readable.get(l.audienceKey) ?? []), l]);
  const county = readable.get('county') ?? [];
  const seen = new Set<string>();
  let records: StudyRecordDoc[] = [];
  let progress: ProgressDoc[] = [];
  const tally = tallyCounter(); // the 人次 rollups lessons.stats reads, for exactly these records
  const flush = async () => {
    records.forEach(tally.add);
    await insert(COLLECTIONS.studyRecords, records);
    await insert(COLLECTIONS.lessonProgress, progress);
    records = [];
    progress = [];
  };
  for (let i = 0; i < counts.studyRecords; i += 1) {
    const m = everyone[r.int(everyone.length)];
    const own = readable.get(m.branchId) ?? [];
    const pool = county.length + own.length;
    const lesson = pool === 0 ? null : ((k) => (k < county.length ? county[k] : own[k - county.length]))(r.int(pool));
    const roll = r.next();
    const kind = roll < 0.7 && lesson && !seen.has(`${m._id}_${lesson._id}`) ? 'online' : roll < 0.9 ? 'offline' : 'delivery';
    const from = lesson?.publishedAt ? lesson.publishedAt.getTime() : now.getTime() - 720 * DAY;
    const studiedAt = lesson ? new Date(from + Math.floor(r.next() * (now.getTime() - from))) : pastTime(r, now, 24);
    const rec: StudyRecordDoc = {
      _id: kind === 'online' && lesson ? `on_${m._id}_${lesson._id}` : `bulk-s-${i}`,
      kind, memberId: m._id, memberName: m.name, branchId: m.branchId,
      ...(lesson ? { lessonId: lesson._id, category: lesson.category } : {}),
      title: lesson?.title ?? '支部集中学习', month: chinaMonth(studiedAt), studiedAt, createdAt: studiedAt,
    };
    records.push(rec);
    if (kind === 'online' && lesson) {
      seen.add(`${m._id}_${lesson._id}`);
      progress.push({
        _id: `${m._id}_${lesson._id}`, memberId: m._id, lessonId: lesson._id, branchId: m.branchId,
        openedAt: new Date(studiedAt.getTime() - lesson.estimatedMinutes * 60_000), estimatedMinutes: lesson.estimatedMinutes,
        studied: true, studiedAt, studiedKind: 'online',
      });
    }
    if (records.length >= batch * 5) await flush();
  }
  await flush();
  const { tallies, learners } = tally.docs();
  await insert(COLLECTIONS.studyTallies, tallies);
  await insert(COLLECTIONS.studyLearners, learners);

  // Ideas: receipt numbers run per year in time order, and the yearly counters are left where they end.
  const times = Array.from({ length: counts.ideas }, () => pastTime(r, now, 24)).sort((a, b) => a.getTime() - b.getTime());
  const counters = new Map<number, number>();
  const currentYear = Number(chinaMonth(now).slice(0, 4));
  const existing = await readDoc<{ value?: number }>(db, COLLECTIONS.counters, `ideas-${currentYear}`);
  counters.set(currentYear, existing?.value ?? 0);
  const ideas = times.map((at, i) => {
    const year = Number(chinaMonth(at).slice(0, 4));
    const n = (counters.get(year) ?? 0) + 1;
    counters.set(year, n);
    const doc = ideaDoc(r, i, everyone[r.int(everyone.length)], at, year, n, now);
    return { ...doc, counted: countsOf(doc), unsettled: false }; // settled: counted in the tallies below
  });
  await insert(COLLECTIONS.ideas, ideas);
  // The board's figures count these too, on top of the demo county's (tallies.ts's own rules).
  const ideaTallies = tallyIdeas(ideas);
  await addTallies(db, ideaTallies);
  requests += ideaTallies.length;
  for (const [year, value] of counters) {
    checked(await db.collection(COLLECTIONS.counters).doc(`ideas-${year}`).set({ name: `ideas-${year}`, value }));
    requests += 1;
  }

  // Activities of the demo teams (a few busy teams, many quiet ones), each with distinct members signed up.
  const teams = (await db.collection(COLLECTIONS.volunteerTeams).orderBy('name', 'asc').limit(100).get()).data as TeamDoc[];
  const teamCum = zipf(teams.length);
  const perActivity = counts.activities ? counts.signups / counts.activities : 0;
  const activities = [];
  let signups = [];
  const volunteers = volunteerRecount(); // volunteers.figures' tallies, added onto the demo's cells
  for (let i = 0; i < counts.activities; i += 1) {
    const size = Math.max(1, Math.round(perActivity * (0.25 + 1.5 * r.next())));
    const chosen = new Map<string, MemberDoc>();
    while (chosen.size < Math.min(size, everyone.length)) {
      const m = everyone[r.int(everyone.length)];
      chosen.set(m._id, m);
    }
    const made = activityWithSignups(r, i, teams[r.weighted(teamCum)], [...chosen.values()], now);
    activities.push(made.activity);
    signups.push(...made.signups);
    volunteers.activity(made.activity);
    made.signups.forEach(volunteers.signup);
    if (signups.length >= batch * 5) {
      await insert(COLLECTIONS.volunteerSignups, signups);
      signups = [];
    }
  }
  await insert(COLLECTIONS.volunteerSignups, signups);
  await insert(COLLECTIONS.volunteerActivities, activities);

  const put = async (collection: string, { _id, ...rest }: { _id: string }) => {
    checked(await db.collection(collection).doc(_id).set(rest));
    requests += 1;
    written[collection] = (written[collection] ?? 0) + 1;
  };
  await writeVolunteerTallies(db, volunteers.docs(), { insert, put });
  await seedBulkCare(db, { insert, put }, r, { members, demoPeople, now, counts });
  return { written, requests, ms: Date.now() - started };
};

import { startBulkCloud } from '../../support/bulk-cloud';
import type { BulkReport } from '../../../cloudfunctions/local/seed/bulk';
import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import type { MonthTallyDoc } from '../../../cloudfunctions/features/volunteers/tallies';
import { registerCrowd, timedAnswers } from '../../support/crowd';
import { startTestCloud, dataOf, TEST_NOW, type TestCloud } from '../../support/test-cloud';
import { HOUR, memberIdOf, postActivity, teamIdByName } from './helpers';
import { readRecords, recountFigures } from './figures-recount';

const STAFF = 'demo-staff-1';
const LEADER = 'demo-member-3'; // leads 城关科技下乡服务队
/** The test clock is 2026-11-28 10:00 in Shanghai: November, the months around it, and ranges in the future. */
const RANGES: Array<[string, string]> = [
  ['2026-09', '2026-11'], ['2026-11', '2026-11'], ['2026-10', '2026-10'], ['2026-11', '2026-12'], ['2026-12', '2027-02'], ['2024-01', '2027-12'],
];

/** The figures for every range equal a recount straight from the activities and sign-ups. */
const expectExact = async (cloud: TestCloud, ranges = RANGES) => {
  const records = await readRecords(cloud);
  for (const [from, to] of ranges) {
    const figures = dataOf(await cloud.call(STAFF, 'volunteers.figures', { from, to }));
    expect({ from, to, ...figures }).toEqual({ from, to, ...recountFigures(records, from, to, cloud.clock.now()) });
  }
};

const figuresOf = async (cloud: TestCloud, from = '2026-11', to = '2026-11') => dataOf(await cloud.call(STAFF, 'volunteers.figures', { from, to }));

/** The demo county on a fresh cloud, with the two teams the cases post for. */
const seededCloud = async () => {
  const cloud = await startTestCloud();
  await cloud.seed();
  return { cloud, tech: await teamIdByName(cloud, '银铃耀酉水·城关科技下乡服务队'), youth: await teamIdByName(cloud, '银铃耀酉水·五老关心下一代服务队') };
};

describe('volunteers.figures: running tallies, exact against a recount', () => {
  describe('the demo seed and real actions', () => {
    let cloud: TestCloud;
    let tech: string;
    let youth: string;
    beforeAll(async () => {
      ({ cloud, tech, youth } = await seededCloud());
    }, 60_000);
    afterAll(() => cloud.close());
    afterEach(() => cloud.clock.set(TEST_NOW));

    it('the demo seed: exact from the first start', async () => {
      expect((await figuresOf(cloud, '2026-09', '2026-11')).minutes).toBeGreaterThan(0);
      await expectExact(cloud);
    });

    it('post, edit into another month and field, call off, check out, mark, correct: exact at every step', async () => {
      const soon = dataOf(await postActivity(cloud, LEADER, tech, { capacity: 10, startInH: 0.5, deadlineBeforeH: 0.25, title: '马上开始' }));
      dataOf(await postActivity(cloud, STAFF, youth, { capacity: 5, startInH: 30, title: '明天' }));
      const off = dataOf(await postActivity(cloud, LEADER, tech, { capacity: 5, startInH: 100, title: '下月取消' }));
      const moved = dataOf(await postActivity(cloud, LEADER, tech, { capacity: 5, startInH: 100, title: '下月改到本月' }));
      // Posted but not started: counted in their month's tally, not yet among the activities held.
      const before = await figuresOf(cloud);
      await expectExact(cloud);
      dataOf(await cloud.call(LEADER, 'volunteers.cancelActivity', { activityId: off.id, reason: '天气原因' }));
      const start = cloud.clock.now().getTime() + 20 * HOUR;
      dataOf(await cloud.call(LEADER, 'volunteers.editActivity', {
        activityId: moved.id, title: '下月改到本月', description: '活动内容', field: 'rural', place: '城关镇老年活动中心', capacity: 5,
        startAt: new Date(start).toISOString(), endAt: new Date(start + 2 * HOUR).toISOString(), deadline: new Date(start - HOUR).toISOString(),
      }));
      await expectExact(cloud);

      const people = ['demo-member-1', 'demo-member-2', 'demo-member-4', 'demo-member-20'];
      for (const p of people) dataOf(await cloud.call(p, 'volunteers.signUp', { activityId: soon.id }));
      const { code } = dataOf(await cloud.call(LEADER, 'volunteers.checkCode', { activityId: soon.id }));
      for (const p of people) dataOf(await cloud.call(p, 'volunteers.checkIn', { activityId: soon.id, code, step: 'in' }));
      cloud.clock.advance(1.5 * HOUR); // an hour after the start: held now, and so is the demo's 冬季果园管护现场课
      expect((await figuresOf(cloud)).activities).toBe(before.activities + 2);
      await expectExact(cloud, RANGES.slice(0, 4));

      const [m1, , m4, m20] = await Promise.all(people.map((p) => memberIdOf(cloud, p)));
      expect(dataOf(await cloud.call(people[0], 'volunteers.checkIn', { activityId: soon.id, code, step: 'out' })).mine?.minutes).toBe(60);
      dataOf(await cloud.call(people[1], 'volunteers.checkIn', { activityId: soon.id, code, step: 'out' }));
      dataOf(await cloud.call(LEADER, 'volunteers.markAttendance', { activityId: soon.id, memberId: m4, step: 'out' }));
      const served = await figuresOf(cloud);
      expect(served.participants - before.participants).toBe(3);
      expect(served.minutes - before.minutes).toBe(180);
      await expectExact(cloud, RANGES.slice(0, 4));

      cloud.clock.advance(20 * 60_000);
      dataOf(await cloud.call(people[1], 'volunteers.checkIn', { activityId: soon.id, code, step: 'out' })); // a second check-out: 80 minutes now
      dataOf(await cloud.call(LEADER, 'volunteers.correctHours', { activityId: soon.id, memberId: m1, minutes: 30, reason: '中途离开' }));
      dataOf(await cloud.call(STAFF, 'volunteers.correctHours', { activityId: soon.id, memberId: m20, minutes: 90, reason: '忘了签退' }));
      dataOf(await cloud.call(LEADER, 'volunteers.correctHours', { activityId: soon.id, memberId: m4, minutes: 0, reason: '实际未到' }));
      const corrected = await figuresOf(cloud);
      expect([corrected.participants - before.participants, corrected.minutes - before.minutes]).toEqual([3, 30 + 80 + 90]);
      await expectExact(cloud, RANGES.slice(0, 4));

      // A day and a half on, the edited one (now this month's 乡村振兴) has started too; the called-off one never counts.
      cloud.clock.advance(36 * HOUR);
      await expectExact(cloud);
    }, 60_000);

    it('a crowd of 200 checking out of one activity together: every caller answered, the figures exact', async () => {
      const CROWD = 200;
      const { openids } = await registerCrowd(cloud, 'tally', CROWD);
      const act = dataOf(await postActivity(cloud, STAFF, tech, { capacity: CROWD, startInH: 0.5, deadlineBeforeH: 0.25, title: '一起签退' }));
      for (let i = 0; i < CROWD; i += 50) {
        await Promise.all(openids.slice(i, i + 50).map((p) => cloud.call(p, 'volunteers.signUp', { activityId: act.id }).then(dataOf)));
      }
      const { code } = dataOf(await cloud.call(STAFF, 'volunteers.checkCode', { activityId: act.id }));
      await Promise.all(openids.map((p) => cloud.call(p, 'volunteers.checkIn', { activityId: act.id, code, step: 'in' }).then(dataOf)));
      const before = await figuresOf(cloud);
      cloud.clock.advance(1.5 * HOUR);
      // All at once, each retrying BUSY as the client does: under fail-fast locks, the shards must spread them.
      const answers = await timedAnswers(openids.map((p) => () => cloud.call(p, 'volunteers.checkIn', { activityId: act.id, code, step: 'out' })), 30_000);
      const codes = answers.map((a) => (a.envelope === null ? 'UNANSWERED' : a.envelope.ok ? 'ok' : a.envelope.error.code));
      expect(codes.filter((c) => c !== 'ok')).toEqual([]);
      const after = await figuresOf(cloud);
      expect([after.participants - before.participants, after.minutes - before.minutes]).toEqual([CROWD, CROWD * 60]);
      await expectExact(cloud, RANGES.slice(0, 4));
      const shards = (await cloud.db.collection(COLLECTIONS.volunteerTallies).where({ month: '2026-11' }).limit(1000).get()).data as MonthTallyDoc[];
      expect(shards.filter((t) => (t.teams[tech]?.by.tech?.participants ?? 0) > 0).length).toBeGreaterThan(10);
    }, 180_000);
  });

  describe('the current month on a fresh seed', () => {
    // Its own cloud: the suite above moves its clock back after recording minutes, which no real day does.
    let cloud: TestCloud;
    let tech: string;
    let youth: string;
    beforeAll(async () => {
      ({ cloud, tech, youth } = await seededCloud());
    }, 60_000);
    afterAll(() => cloud.close());

    it("this month's start times passing one by one (two at the same time, one called off, one moved): exact at each", async () => {
      const t0 = cloud.clock.now().getTime();
      const twin = dataOf(await postActivity(cloud, LEADER, tech, { capacity: 5, startInH: 2, deadlineBeforeH: 1, title: '同时开始一' }));
      dataOf(await postActivity(cloud, LEADER, tech, { capacity: 5, startInH: 2, deadlineBeforeH: 1, title: '同时开始二' }));
      const later = dataOf(await postActivity(cloud, STAFF, youth, { capacity: 5, startInH: 3, deadlineBeforeH: 1, title: '稍后开始' }));
      await expectExact(cloud, RANGES.slice(0, 2));
      dataOf(await cloud.call(LEADER, 'volunteers.cancelActivity', { activityId: twin.id, reason: '天气原因' }));
      const start = cloud.clock.now().getTime() + 5 * HOUR;
      dataOf(await cloud.call(STAFF, 'volunteers.editActivity', {
        activityId: later.id, title: '稍后开始', description: '活动内容', field: 'tech', place: '城关镇老年活动中心', capacity: 5,
        startAt: new Date(start).toISOString(), endAt: new Date(start + 2 * HOUR).toISOString(), deadline: new Date(start - HOUR).toISOString(),
      }));
      const held = (await figuresOf(cloud)).activities;
      // Just before, exactly at and just after each start: an activity counts once it has started (start < now).
      for (const at of [2 * HOUR - 1, 2 * HOUR, 2 * HOUR + 1, 3 * HOUR + 1, 5 * HOUR, 5 * HOUR + 1]) {
        cloud.clock.set(new Date(t0 + at));
        await expectExact(cloud, RANGES.slice(0, 2));
      }
      // The two posted here that still stand have started (the demo's own may have too).
      expect((await figuresOf(cloud)).activities).toBeGreaterThanOrEqual(held + 2);
    }, 60_000);
  });

  describe("the bench's bulk seed", () => {
    let cloud: TestCloud;
    beforeAll(async () => {
      // A tenth of the county: its 50 activities share a few cells with the demo's (added onto them).
      let report: BulkReport;
      ({ cloud, report } = await startBulkCloud(0.1));
      expect(report.written[COLLECTIONS.volunteerSignups]).toBeGreaterThan(1000);
    }, 300_000);
    afterAll(() => cloud.close());

    it('exact for every range, the demo cells and the bulk ones added together', async () => {
      await expectExact(cloud, [...RANGES, ['2024-11', '2025-10'], ['2025-06', '2026-11']]);
    }, 60_000);

    it('a call reads the caller, the months\' documents and one schedule, however many records', async () => {
      const requestsOf = async (from: string, to: string) => {
        cloud.emulator.resetStats();
        dataOf(await cloud.call(STAFF, 'volunteers.figures', { from, to }));
        return cloud.emulator.stats().byAction;
      };
      // The caller, the range's month documents (one read), and (the current month in it) this month's schedule of start times.
      expect(await requestsOf('2024-01', '2026-11')).toEqual({ 'database.getDocument': 3 });
      expect(await requestsOf('2024-01', '2026-10')).toEqual({ 'database.getDocument': 2 });
      expect(await requestsOf('2026-12', '2027-03')).toEqual({ 'database.getDocument': 1 });
    });
  });
});

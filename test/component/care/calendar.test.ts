import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { runTimer } from '../../../cloudfunctions/features/jobs/timer';
import { startTestCloud, dataOf, type TestCloud } from '../../support/test-cloud';
import { idOf } from '../lessons/helpers';
import { validProfile } from '../../support/profiles';

interface Visit { _id: string; memberId: string; occasion: string; year: number; dueBy: string; status: string }
interface Member { _id: string; birthYear: number }

/** 三慰问 from the calendar: the timer makes each person's visit once, however many runs overlap. */
describe('care: calendar visits by the jobs timer', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  const visits = async () =>
    (await cloud.db.collection(COLLECTIONS.careVisits).where({ status: 'due' }).limit(1000).get()).data as Visit[];
  const members = async () =>
    (await cloud.db.collection(COLLECTIONS.members).where({ _id: cloud.db.command.gt('') }).limit(1000).get()).data as Member[];

  it('重阳节 2026 (lunar 9/9 = 10月18日) for those 80 and over, decade birthdays; two runs at once make each once', async () => {
    cloud.clock.set('2026-10-05T02:00:00.000Z');
    const runs = await Promise.all([runTimer(cloud.deps), runTimer(cloud.deps)]);
    expect(runs.every((r) => r.ok)).toBe(true);
    const everyone = await members();
    const made = await visits();
    const ninth = made.filter((v) => v.occasion === 'double_ninth');
    expect(ninth.map((v) => v.memberId).sort()).toEqual(everyone.filter((m) => m.birthYear <= 1946).map((m) => m._id).sort());
    expect(ninth.every((v) => v.dueBy === '2026-10-18' && v.year === 2026)).toBe(true);
    const birthdays = made.filter((v) => v.occasion === 'birthday');
    expect(birthdays.map((v) => v.memberId).sort()).toEqual(everyone.filter((m) => [1956, 1946, 1936, 1926].includes(m.birthYear)).map((m) => m._id).sort());
    expect(runs.reduce((n, r) => n + (r.care?.made ?? 0), 0)).toBe(ninth.length + birthdays.length);
    // An hour later: nothing new.
    cloud.clock.set('2026-10-05T03:00:00.000Z');
    expect((await runTimer(cloud.deps)).care).toEqual({ made: 0, more: false });
    expect(await visits()).toHaveLength(made.length);
  });

  it('a newcomer registered during the window is visited on the next run; 光荣在党50年 follows the ledger', async () => {
    const branchId = ((await cloud.db.collection(COLLECTIONS.branches).where({ order: 0 }).limit(1).get()).data[0] as { _id: string })._id;
    const newcomer = dataOf(await cloud.call('care-newcomer', 'members.register', validProfile(branchId, { name: '龙秀英', birthYear: 1940 })));
    cloud.clock.set('2026-10-05T04:00:00.000Z');
    await runTimer(cloud.deps);
    expect((await visits()).filter((v) => v.memberId === newcomer.id).map((v) => v.occasion)).toEqual(['double_ninth']);

    // 1977 + 50 = 2027: in June 2027 her ledger brings a 七一 visit, and so does one set later in the window.
    const memberId = await idOf(cloud, 'demo-member-6');
    dataOf(await cloud.call('demo-staff-1', 'care.saveLedger', { memberId, partyJoinYear: 1977 }));
    cloud.clock.set('2027-06-10T02:00:00.000Z');
    await runTimer(cloud.deps);
    expect((await visits()).filter((v) => v.occasion === 'party50')).toEqual([expect.objectContaining({ memberId, year: 2027, dueBy: '2027-07-01' })]);
    const later = await idOf(cloud, 'demo-member-7');
    cloud.clock.set('2027-06-11T02:00:00.000Z');
    dataOf(await cloud.call('demo-staff-1', 'care.saveLedger', { memberId: later, partyJoinYear: 1977 }));
    cloud.clock.set('2027-06-11T03:00:00.000Z');
    await runTimer(cloud.deps);
    expect((await visits()).filter((v) => v.occasion === 'party50').map((v) => v.memberId).sort()).toEqual([memberId, later].sort());
  });
});

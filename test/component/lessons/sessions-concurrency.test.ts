import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { registerMany } from '../volunteers/helpers';
import { scheduled, sessionDoc, signupsOf } from './sessions-helpers';

/**
 * Capacity under concurrency: many more members than seats tap 报名 at once; the session never
 * over-fills, counts agree with rows; a member's 20 concurrent taps hold one seat; a mark racing the
 * close is never lost.
 */
describe('院坝小讲堂: sign-up under concurrency', () => {
  let cloud: TestCloud;
  let people: string[];
  const SEC = 'demo-secretary-bureau'; // registerMany registers into the first branch: the bureau's

  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    people = await registerMany(cloud, 'yuanba', 30);
  }, 60_000);
  afterAll(() => cloud.close());

  it('30 members at once for 6 seats: exactly 6 signed up, 24 told it is full', async () => {
    const s = await scheduled(cloud, SEC, { capacity: 6 });
    const answers = await Promise.all(people.map((openid) => cloud.call(openid, 'sessions.signUp', { sessionId: s.id })));
    const ok = answers.filter((a) => a.ok);
    expect(ok).toHaveLength(6);
    expect(answers.filter((a) => !a.ok).map((a) => errorOf(a).code)).toEqual(Array(24).fill('SESSION_FULL'));
    expect((await sessionDoc(cloud, s.id)).taken).toBe(6);
    expect((await signupsOf(cloud, s.id)).filter((r) => r.status === 'signed')).toHaveLength(6);
  }, 60_000);

  it("one member's 20 concurrent taps (20 different requests) hold one seat", async () => {
    const s = await scheduled(cloud, SEC, { capacity: 2 });
    const taps = await Promise.all(Array.from({ length: 20 }, () => cloud.call('demo-member-2', 'sessions.signUp', { sessionId: s.id })));
    expect(taps.every((t) => dataOf(t).mine.signedUp)).toBe(true);
    expect(await signupsOf(cloud, s.id)).toHaveLength(1);
    expect((await sessionDoc(cloud, s.id)).taken).toBe(1);
  }, 60_000);

  it('sign-ups and cancels at once keep the count equal to the rows', async () => {
    const s = await scheduled(cloud, SEC, { capacity: 10 });
    for (const p of people.slice(0, 8)) dataOf(await cloud.call(p, 'sessions.signUp', { sessionId: s.id }));
    await Promise.all([
      ...people.slice(0, 4).map((p) => cloud.call(p, 'sessions.cancel', { sessionId: s.id })),
      ...people.slice(8, 16).map((p) => cloud.call(p, 'sessions.signUp', { sessionId: s.id })),
    ]);
    const signed = (await signupsOf(cloud, s.id)).filter((r) => r.status === 'signed');
    expect(signed).toHaveLength(10);
    expect((await sessionDoc(cloud, s.id)).taken).toBe(10);
  }, 60_000);

  it('marks racing the close: every mark that succeeded is in the records or refused after the close', async () => {
    const s = await scheduled(cloud, SEC, { capacity: 12 });
    const group = people.slice(0, 12);
    for (const p of group) dataOf(await cloud.call(p, 'sessions.signUp', { sessionId: s.id }));
    dataOf(await cloud.call(SEC, 'sessions.openAttendance', { sessionId: s.id }));
    const roster = dataOf(await cloud.call(SEC, 'sessions.roster', { sessionId: s.id }));
    const [answers, closeAnswer] = await Promise.all([
      Promise.all(roster.items.map((r) => cloud.call(SEC, 'sessions.mark', { sessionId: s.id, memberId: r.memberId, attendance: 'present' }))),
      cloud.call(SEC, 'sessions.close', { sessionId: s.id, minutes: '并发关闭' }),
    ]);
    const marked = answers.filter((a) => a.ok).length;
    const refused = answers.filter((a) => !a.ok).map((a) => errorOf(a).code);
    expect(refused.every((c) => c === 'INVALID_STATE')).toBe(true);
    if (closeAnswer.ok) expect(dataOf(closeAnswer).markedCount).toBe(marked);
    else expect(errorOf(closeAnswer).code).toBe('CONFLICT');
  }, 60_000);
});

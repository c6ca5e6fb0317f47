import fc from 'fast-check';
import { COLLECTIONS } from '../../cloudfunctions/contract/collections';
import { blindUpdatesDb } from '../support/faulty-db';
import { activityInput, SECRETARY, sessionInput, STAFF, LEADER_TEAM } from '../support/example-fixtures';
import { dataOf, startTestCloud, type TestCloud } from '../support/test-cloud';
import { memberIdOf, registerMany, teamIdByName } from '../component/volunteers/helpers';

/** Trials per property; CI size by default, RELIABILITY_TRIALS=200 for a long run. */
const TRIALS = Number(process.env.RELIABILITY_TRIALS ?? 12);
const POOL = 24;

interface Fill {
  capacity: number;
  callers: number;
}

/**
 * Capacity under concurrency, as properties over random sizes: N members tap 报名 at once for K seats
 * of a volunteer activity and of a 院坝小讲堂; one member taps twenty times; random sign-up/cancel
 * sequences keep the activity's invariants. The same trials against a store whose "transactions"
 * are not transactions must find an over-fill, or the suite proves nothing.
 */
describe('capacity: never over-filled, whatever the timing', () => {
  let cloud: TestCloud;
  let people: string[];
  let teamId: string;
  const figures = { trials: 0, overFillsReal: 0, overFillsBroken: 0, brokenTrials: 0, sequences: 0, steps: 0 };

  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    people = await registerMany(cloud, 'cap', POOL); // into the first branch: the bureau's, like SECRETARY
    teamId = await teamIdByName(cloud, LEADER_TEAM);
  }, 120_000);
  afterAll(async () => {
    console.log(
      `capacity: ${figures.trials} trials on the real store, ${figures.overFillsReal} over-fills; ` +
        `${figures.brokenTrials} trials on the store without the ledger's conditions, ${figures.overFillsBroken} over-fills found; ` +
        `${figures.sequences} random sign-up/cancel sequences (${figures.steps} steps)`,
    );
    await cloud.close();
  });

  const fresh = () => cloud.clock.advance(61_000); // each trial clear of the per-minute rate limits

  const rowsOf = async (collection: string, key: 'activityId' | 'sessionId', id: string) =>
    (await cloud.db.collection(collection).where({ [key]: id }).limit(500).get()).data as Array<{ memberId: string; status: string }>;

  /** N at once for K seats of a new activity: how many hold a seat, by rows and by the activity's count. */
  const activityTrial = async ({ capacity, callers }: Fill) => {
    fresh();
    const act = dataOf(await cloud.call(STAFF, 'volunteers.postActivity', activityInput(cloud, teamId, { capacity })));
    const answers = await Promise.all(people.slice(0, callers).map((p) => cloud.call(p, 'volunteers.signUp', { activityId: act.id })));
    const rows = await rowsOf(COLLECTIONS.volunteerSignups, 'activityId', act.id);
    const doc = (await cloud.db.collection(COLLECTIONS.volunteerActivities).doc(act.id).get()).data[0] as { taken: number; waiting: string[] };
    const seated = rows.filter((r) => r.status === 'confirmed').length;
    return { seated, taken: doc.taken, waiting: doc.waiting, rows, answered: answers.filter((a) => a.ok).length };
  };

  const sessionTrial = async ({ capacity, callers }: Fill) => {
    fresh();
    const s = dataOf(await cloud.call(SECRETARY, 'sessions.schedule', sessionInput(cloud, { capacity })));
    const answers = await Promise.all(people.slice(0, callers).map((p) => cloud.call(p, 'sessions.signUp', { sessionId: s.id })));
    const rows = await rowsOf(COLLECTIONS.sessionSignups, 'sessionId', s.id);
    const doc = (await cloud.db.collection(COLLECTIONS.studySessions).doc(s.id).get()).data[0] as { taken: number };
    const seated = rows.filter((r) => r.status === 'signed').length;
    const full = answers.filter((a) => !a.ok && a.error.code === 'SESSION_FULL').length;
    return { seated, taken: doc.taken, answered: answers.filter((a) => a.ok).length, full };
  };

  const fills = fc.record({ capacity: fc.integer({ min: 1, max: 8 }), callers: fc.integer({ min: 2, max: POOL }) });

  it('volunteer activities: N concurrent sign-ups for K seats never over-fill; the rest wait in one queue', async () => {
    await fc.assert(
      fc.asyncProperty(fills, async (fill) => {
        const r = await activityTrial(fill);
        figures.trials += 1;
        if (r.seated > fill.capacity) figures.overFillsReal += 1;
        expect(r.seated).toBe(Math.min(fill.capacity, fill.callers));
        expect(r.taken).toBe(r.seated);
        expect(r.answered).toBe(fill.callers); // a full activity still takes a place on the waiting list
        expect(new Set(r.waiting).size).toBe(r.waiting.length);
        expect(r.waiting.length).toBe(fill.callers - r.seated);
        expect(new Set(r.rows.map((x) => x.memberId)).size).toBe(r.rows.length);
      }),
      { numRuns: TRIALS },
    );
  }, 300_000);

  it('院坝小讲堂: N concurrent sign-ups for K seats never over-fill; the rest are told it is full', async () => {
    await fc.assert(
      fc.asyncProperty(fills, async (fill) => {
        const r = await sessionTrial(fill);
        figures.trials += 1;
        if (r.seated > fill.capacity) figures.overFillsReal += 1;
        expect(r.seated).toBe(Math.min(fill.capacity, fill.callers));
        expect(r.taken).toBe(r.seated);
        expect(r.full).toBe(fill.callers - r.seated);
      }),
      { numRuns: TRIALS },
    );
  }, 300_000);

  it("one member's 20 concurrent taps hold one place (activity and session)", async () => {
    fresh();
    const act = dataOf(await cloud.call(STAFF, 'volunteers.postActivity', activityInput(cloud, teamId, { capacity: 2 })));
    const s = dataOf(await cloud.call(SECRETARY, 'sessions.schedule', sessionInput(cloud, { capacity: 2 })));
    const taps = await Promise.all([
      ...Array.from({ length: 20 }, () => cloud.call(people[0], 'volunteers.signUp', { activityId: act.id })),
      ...Array.from({ length: 20 }, () => cloud.call(people[0], 'sessions.signUp', { sessionId: s.id })),
    ]);
    expect(taps.every((t) => t.ok)).toBe(true);
    expect(await rowsOf(COLLECTIONS.volunteerSignups, 'activityId', act.id)).toHaveLength(1);
    expect(await rowsOf(COLLECTIONS.sessionSignups, 'sessionId', s.id)).toHaveLength(1);
    expect(((await cloud.db.collection(COLLECTIONS.volunteerActivities).doc(act.id).get()).data[0] as { taken: number }).taken).toBe(1);
    expect(((await cloud.db.collection(COLLECTIONS.studySessions).doc(s.id).get()).data[0] as { taken: number }).taken).toBe(1);
  }, 60_000);

  it('random sign-up/cancel sequences: roster ≤ capacity, waiting list promoted first come first served, no one twice', async () => {
    const step = fc.record({ who: fc.integer({ min: 0, max: 7 }), op: fc.constantFrom('signUp' as const, 'cancel' as const) });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 4 }), fc.array(step, { minLength: 4, maxLength: 24 }), async (capacity, steps) => {
        fresh();
        const act = dataOf(await cloud.call(STAFF, 'volunteers.postActivity', activityInput(cloud, teamId, { capacity })));
        const ids = await Promise.all(people.slice(0, 8).map((p) => memberIdOf(cloud, p)));
        // The model: seated members and the first-come waiting list.
        let seated: string[] = [];
        let waiting: string[] = [];
        for (const { who, op } of steps) {
          const id = ids[who];
          const res = await cloud.call(people[who], op === 'signUp' ? 'volunteers.signUp' : 'volunteers.cancelSignUp', { activityId: act.id });
          figures.steps += 1;
          const holds = seated.includes(id) || waiting.includes(id);
          if (op === 'signUp') {
            expect(res.ok).toBe(true);
            if (!holds) {
              if (seated.length < capacity) seated = [...seated, id];
              else waiting = [...waiting, id];
            }
          } else if (!holds) {
            expect(res.ok ? 'ok' : res.error.code).toBe('NOT_SIGNED_UP');
          } else {
            expect(res.ok).toBe(true);
            if (waiting.includes(id)) waiting = waiting.filter((w) => w !== id);
            else {
              seated = seated.filter((s) => s !== id);
              const [next, ...rest] = waiting;
              if (next) [seated, waiting] = [[...seated, next], rest];
            }
          }
          const doc = (await cloud.db.collection(COLLECTIONS.volunteerActivities).doc(act.id).get()).data[0] as { taken: number; waiting: string[] };
          const rows = await rowsOf(COLLECTIONS.volunteerSignups, 'activityId', act.id);
          const confirmed = rows.filter((r) => r.status === 'confirmed').map((r) => r.memberId);
          expect(confirmed.length).toBeLessThanOrEqual(capacity);
          expect(doc.taken).toBe(confirmed.length);
          expect(doc.waiting).toEqual(waiting); // the queue, in first-come order
          expect([...confirmed].sort()).toEqual([...seated].sort());
          expect(rows.filter((r) => r.status === 'waiting').map((r) => r.memberId).sort()).toEqual([...waiting].sort());
          expect(new Set([...confirmed, ...doc.waiting]).size).toBe(confirmed.length + doc.waiting.length); // no one twice
        }
        figures.sequences += 1;
      }),
      { numRuns: Math.max(4, Math.round(TRIALS / 2)) },
    );
  }, 300_000);

  it('the same trials against a store that drops the ledger\'s conditions DO find over-fills (the suite can fail)', async () => {
    const real = cloud.deps.db;
    cloud.deps.db = blindUpdatesDb(real);
    try {
      for (const fill of fc.sample(fc.record({ capacity: fc.integer({ min: 1, max: 4 }), callers: fc.integer({ min: 8, max: POOL }) }), TRIALS)) {
        const a = await activityTrial(fill);
        const s = await sessionTrial(fill);
        figures.brokenTrials += 2;
        if (a.seated > fill.capacity) figures.overFillsBroken += 1;
        if (s.seated > fill.capacity) figures.overFillsBroken += 1;
      }
    } finally {
      cloud.deps.db = real;
    }
    expect(figures.overFillsBroken).toBeGreaterThan(0);
  }, 300_000);
});

import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { GIVES_PER_RUN } from '../../../cloudfunctions/features/jobs/home-delivery';
import { startTestCloud, dataOf, type TestCloud } from '../../support/test-cloud';
import { publishLesson } from './helpers';

interface Task { _id: string; memberId: string; status: string; lessonIds: string[]; auto?: boolean }

/**
 * The 送学上门 job does a bounded share per run: with more homebound members × lessons than one run's
 * budget, the first run says more remains, the next one carries on where it stopped, and nobody gets a
 * lesson twice.
 */
describe('jobs: automatic 送学上门 in bounded batches', () => {
  let cloud: TestCloud;
  const EXTRA = 130; // homebound members of one branch, on top of the demo county's
  const ids = Array.from({ length: EXTRA }, (_, i) => `hb-${String(i).padStart(3, '0')}`);

  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    const model = (await cloud.db.collection(COLLECTIONS.members).where({ openid: 'demo-member-5' }).limit(1).get()).data[0] as Record<string, unknown>;
    const { _id: _drop, ...rest } = model;
    void _drop;
    const docs = ids.map((id, i) => ({ ...rest, _id: id, openid: `hb-openid-${i}`, name: `居家${String(i).padStart(3, '0')}`, nameKeys: [], needsHomeDelivery: true }));
    await cloud.db.collection(COLLECTIONS.members).add(docs);
  });
  afterAll(() => cloud.close());

  it('two runs finish more work than one batch, without duplicates', async () => {
    expect(EXTRA * 2).toBeGreaterThan(GIVES_PER_RUN);
    const lessons = [
      await publishLesson(cloud, 'demo-staff-1', { audience: 'county', title: '送学：第一课' }),
      await publishLesson(cloud, 'demo-staff-1', { audience: 'county', title: '送学：第二课', category: 'policy' }),
    ];
    const first = dataOf(await cloud.call('demo-staff-1', 'jobs.runNow', {}));
    expect(first.deliveryMore).toBe(true);
    expect(first.deliveryTasks).toBeGreaterThan(0);
    const pending = (await cloud.db.collection(COLLECTIONS.lessons).where({ autoDelivery: 'pending' }).count()).total;
    expect(pending).toBeGreaterThan(0);

    const second = dataOf(await cloud.call('demo-staff-1', 'jobs.runNow', {}));
    expect(second.deliveryMore).toBe(false);
    const third = dataOf(await cloud.call('demo-staff-1', 'jobs.runNow', {}));
    expect(third).toMatchObject({ deliveryTasks: 0, deliveryMore: false });

    const tasks = ((await cloud.snapshot())[COLLECTIONS.deliveryTasks] ?? []) as Task[];
    for (const id of ids) {
      const mine = tasks.filter((t) => t.memberId === id && t.status === 'open');
      expect(mine).toHaveLength(1);
      expect([...mine[0].lessonIds].sort()).toEqual([...lessons].sort());
    }
    // Every task made was counted in one run's answer, once.
    const made = tasks.filter((t) => t.auto && ids.includes(t.memberId)).length;
    expect(first.deliveryTasks + second.deliveryTasks).toBeGreaterThanOrEqual(made);
    expect(made).toBe(EXTRA);
  });
});

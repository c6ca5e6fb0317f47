import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { localTemplateIds } from '../../../cloudfunctions/local/emulator/openapi/console-templates';
import { runTimerInvocation } from '../../../cloudfunctions/local/jobs-timer';
import { noticesTo } from '../../support/notices';
import { dataOf, startTestCloud, type TestCloud } from '../../support/test-cloud';
import { MEMBER, STAFF } from '../ideas/helpers';

/**
 * 督办 from the real timer route: a timer invocation (its own process, no 云调用 token) flags an overdue
 * idea and leaves each staff member a 消息 entry with the push pending; the first user-triggered call
 * (any member's app asking messages.unread) sends it to the staff member who accepted the reminder.
 */
describe('timer jobs: entries at once, pushes from the next user-triggered call', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  it('a timer run flags, keeps the push pending; messages.unread sends it once', async () => {
    // The child process runs on the real clock, after the seeded ideas' deadlines.
    await cloud.emulator.acceptSubscriptions(STAFF, [localTemplateIds().overdueReminder!]);

    const run = await runTimerInvocation();
    expect(run).toMatchObject({ ok: true, res: { ok: true, summary: { flagged: expect.any(Number) } } });
    expect((run.res as { summary: { flagged: number } }).summary.flagged).toBeGreaterThanOrEqual(1);

    const [entry] = await noticesTo(cloud, STAFF);
    expect(entry).toMatchObject({ templateId: 'overdueReminder', push: 'pending' });
    const outbox = async () => (await cloud.db.collection(COLLECTIONS.outbox).where({ touser: STAFF }).limit(10).get()).data;
    expect(await outbox()).toHaveLength(0);

    // Any member's app, on show: a user-triggered call, allowed to 云调用.
    await Promise.all([cloud.call(MEMBER, 'messages.unread', {}), cloud.call('demo-member-2', 'messages.unread', {})]);
    expect(await outbox()).toHaveLength(1);
    expect((await noticesTo(cloud, STAFF))[0]).toMatchObject({ push: 'sent' });
    expect(dataOf(await cloud.call(STAFF, 'messages.unread', {})).count).toBeGreaterThanOrEqual(1);
  }, 60_000);
});

import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { MARKERS } from '../../../cloudfunctions/local/emulator/openapi/content-rules';
import { localTemplateIds } from '../../../cloudfunctions/local/emulator/openapi/console-templates';
import { startTestCloud, type TestCloud } from '../../support/test-cloud';

/** The content-safety and notification ports, through the real SDK's 云调用 route to the emulator. */
describe('platform ports', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud({ openApiHangMs: 1500 });
  });
  afterAll(() => cloud.close());

  describe('content safety', () => {
    const check = (text: string) => cloud.deps.contentSafety.check(text, 'o_author');

    it('passes ordinary text and holds everything it cannot clear', async () => {
      expect(await check('建议在老年活动中心增加扶手')).toBe('pass');
      expect(await check(`有人${MARKERS.risky}`)).toBe('risky');
      expect(await check('有人组织赌博')).toBe('risky');
      expect(await check(`请再看看${MARKERS.review}`)).toBe('review');
    });

    it('holds the text for review when the check times out', async () => {
      expect(await check(`慢${MARKERS.timeout}`)).toBe('review');
    });

    it('checks long texts in 2500-character pieces: a bad word in the second piece is found', async () => {
      expect(await check(`${'好'.repeat(2600)}赌博`)).toBe('risky');
      expect(await check('好'.repeat(6000))).toBe('pass');
    });
  });

  describe('notifier', () => {
    const ids = localTemplateIds();
    const notice = (to: string) =>
      cloud.deps.notifier.notify({ to, template: 'ideaProgress', page: 'pages/ideas/mine/index?id=1', data: { character_string1: 'JDZ-2026-0001', thing2: '建议在老年活动中心门口加装扶手，方便大家进出', phrase3: '已受理', thing4: '已交县住建局办理' } });
    const inbox = async (openid: string) => (await cloud.db.collection(COLLECTIONS.messages).where({ openid }).orderBy('createdAt', 'desc').limit(10).get()).data;
    const outbox = async (openid: string) => (await cloud.db.collection(COLLECTIONS.outbox).where({ touser: openid }).orderBy('createdAt', 'desc').limit(10).get()).data;

    it('with an acceptance: one subscribe message (fields fitted) and one 消息 entry (full text)', async () => {
      await cloud.emulator.acceptSubscriptions('o_author', [ids.ideaProgress!]);
      expect(await notice('o_author')).toEqual({ pushed: true, kept: true });
      const [sent] = await outbox('o_author');
      expect(sent).toMatchObject({ templateId: ids.ideaProgress, page: 'pages/ideas/mine/index?id=1', data: { phrase3: { value: '已受理' } } });
      expect(Array.from(sent.data.thing2.value as string)).toHaveLength(20);
      const [entry] = await inbox('o_author');
      expect(entry).toMatchObject({ push: 'sent', readAt: null, title: '金点子已受理' });
      expect(entry.body).toContain('建议在老年活动中心门口加装扶手，方便大家进出');
    });

    it('without one: WeChat refuses (43101), the 消息 entry is kept, nothing is thrown or logged as a fault', async () => {
      const logged = cloud.logged.length;
      expect(await notice('o_declined')).toEqual({ pushed: false, kept: true });
      expect(await outbox('o_declined')).toHaveLength(0);
      expect(await inbox('o_declined')).toEqual([expect.objectContaining({ push: 'declined' })]);
      expect(cloud.logged.length).toBe(logged);
    });

    it('from a timer: the entry now, the push kept until a user-triggered call drains it, once', async () => {
      await cloud.emulator.acceptSubscriptions('o_timer', [ids.ideaProgress!]);
      await cloud.deps.notifier.queued().notify({ to: 'o_timer', template: 'overdueReminder', page: 'packageStaff/ideas/queue/index', data: { number1: 3, thing2: '条金点子已超期' } });
      await cloud.emulator.acceptSubscriptions('o_timer', [ids.overdueReminder!]);
      expect(await inbox('o_timer')).toEqual([expect.objectContaining({ push: 'pending' })]);
      expect(await outbox('o_timer')).toHaveLength(0);
      const drains = await Promise.all([cloud.deps.notifier.drainPending(5), cloud.deps.notifier.drainPending(5)]);
      expect(drains.reduce((a, b) => a + b, 0)).toBe(1);
      expect(await outbox('o_timer')).toHaveLength(1);
      expect(await inbox('o_timer')).toEqual([expect.objectContaining({ push: 'sent' })]);
    });
  });

  describe('files', () => {
    it('stores bytes, serves them at a temporary URL, and removes them', async () => {
      const bytes = Buffer.from('台账内容 ledger bytes');
      const fileId = await cloud.deps.files.put('exports/ideas/台账-2026-11.xlsx', bytes);
      const urls = await cloud.deps.files.tempUrls([fileId, fileId]);
      expect(Object.keys(urls)).toEqual([fileId]);
      const res = await fetch(encodeURI(urls[fileId]));
      expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
      await cloud.deps.files.remove([fileId]);
      expect(await cloud.deps.files.tempUrls([fileId])).toEqual({});
    });
  });
});

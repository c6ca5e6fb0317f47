import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { MARKERS } from '../../../cloudfunctions/local/emulator/openapi/content-rules';
import { REFUSED_OPENID_MARK } from '../../../cloudfunctions/local/emulator/openapi/subscribe-message';
import { startTestCloud, type TestCloud } from '../../support/test-cloud';

/** The content-safety and notification ports, through the real SDK's callWxOpenApi to the emulator. */
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
    it('sends a subscribe message that lands in the outbox', async () => {
      const sent = await cloud.deps.notifier.send({
        touser: 'o_author', templateId: 'TPL_idea_status', page: 'pages/ideas/detail?id=1',
        data: { thing1: '您的金点子已受理', time2: '2026-11-28 10:00' },
      });
      expect(sent).toBe(true);
      const { data } = await cloud.db.collection(COLLECTIONS.outbox).where({ touser: 'o_author' }).orderBy('createdAt', 'desc').limit(5).get();
      expect(data[0]).toMatchObject({ templateId: 'TPL_idea_status', page: 'pages/ideas/detail?id=1', data: { thing1: { value: '您的金点子已受理' } } });
    });

    it('a refused message is logged and reported, never thrown', async () => {
      const sent = await cloud.deps.notifier.send({ touser: `o_${REFUSED_OPENID_MARK}`, templateId: 'TPL_x', page: 'pages/home/index', data: { thing1: '测试' } });
      expect(sent).toBe(false);
      expect(cloud.logged.at(-1)?.message).toMatch(/subscribe message/);
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

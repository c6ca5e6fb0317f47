import { ACTIONS } from '../../../cloudfunctions/contract/registry';
import { LOCAL_FUNCTION_CONFIG } from '../../../cloudfunctions/local/function-config';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { MEMBER, OTHER_MEMBER, SECRETARY, STAFF, anIdea, memberIdOf } from './helpers';

/**
 * No number that leads nowhere: the receipt comes with the bureau's number to ring,
 * and staff find the idea a caller names by its receipt number, the author's name or its words.
 */
describe('ideas: the receipt leads somewhere', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  const queue = async (input: Record<string, unknown>) => dataOf(await cloud.call(STAFF, 'ideas.queue', { state: 'all', pageSize: 50, ...input }));

  it('the receipt, the secretary\u2019s 代录 receipt and the author\u2019s own views carry the bureau\u2019s number from the configuration', async () => {
    const sent = dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title: '建议在文化广场增设饮水点' })));
    expect(sent.bureauPhone).toBe(LOCAL_FUNCTION_CONFIG.BUREAU_PHONE);
    expect(dataOf(await cloud.call(MEMBER, 'ideas.get', { ideaId: sent.id })).bureauPhone).toBe(LOCAL_FUNCTION_CONFIG.BUREAU_PHONE);
    expect(dataOf(await cloud.call(MEMBER, 'ideas.mine', {})).items.every((i) => i.bureauPhone === LOCAL_FUNCTION_CONFIG.BUREAU_PHONE)).toBe(true);
    const { _id } = await memberIdOf(cloud, OTHER_MEMBER);
    const proxied = dataOf(await cloud.call(SECRETARY, 'ideas.submitFor', { ...anIdea({ title: '建议社区卫生站周末开门' }), memberId: _id }));
    expect(proxied.bureauPhone).toBe(LOCAL_FUNCTION_CONFIG.BUREAU_PHONE);
  });

  it('without a configured number no number is shown (never a made-up one)', async () => {
    const before = process.env.BUREAU_PHONE;
    try {
      delete process.env.BUREAU_PHONE;
      const sent = dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title: '建议在汽车站设老年人候车区' })));
      expect(sent).not.toHaveProperty('bureauPhone');
    } finally {
      if (before !== undefined) process.env.BUREAU_PHONE = before;
    }
  });

  it('staff find an idea by its receipt number as read out on the phone, whatever its state', async () => {
    const sent = dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title: '建议河滨公园增设健身器材' })));
    const typed = [sent.receiptNo, sent.receiptNo.toLowerCase(), sent.receiptNo.replace(/-/g, ' '), sent.receiptNo.replace(/-/g, '')];
    for (const q of typed) expect((await queue({ q })).items.map((r) => r.id)).toEqual([sent.id]);
    dataOf(await cloud.call(STAFF, 'ideas.notAccept', { ideaId: sent.id, reason: '河滨公园已列入明年改造计划' }));
    expect((await queue({ q: sent.receiptNo })).items.map((r) => [r.id, r.state])).toEqual([[sent.id, 'not_accepted']]);
    // The other filters still apply: a closed idea is not among the open ones.
    expect((await queue({ q: sent.receiptNo, state: 'open' })).items).toEqual([]);
    expect((await queue({ q: 'JDZ-2026-9999' })).items).toEqual([]);
  });

  it('by the author\u2019s name, or by words of the title or the content, a page at a time', async () => {
    const a = dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title: '建议菜市场增设公平秤', content: '城关菜市场缺斤短两的事时有发生，建议在市场门口设置一台公平秤。' })));
    const b = dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title: '建议老街路口安装凸面镜', content: '老街和新华路的路口是个急弯，建议安装凸面镜，防止车撞到行人。' })));
    const byName = (await queue({ q: '张桂兰' })).items;
    expect(byName.length).toBeGreaterThanOrEqual(2);
    expect(byName.every((r) => r.authorName === '张桂兰')).toBe(true);
    expect(byName.map((r) => r.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect((await queue({ q: '公平秤' })).items.map((r) => r.id)).toEqual([a.id]); // title
    expect((await queue({ q: '急弯' })).items.map((r) => r.id)).toEqual([b.id]); // content only
    // Oldest first and paged like the queue.
    const first = await queue({ q: '张桂兰', pageSize: 1 });
    const second = await queue({ q: '张桂兰', pageSize: 1, page: 2 });
    expect(first.hasMore).toBe(true);
    expect(first.items[0].createdAt <= second.items[0].createdAt).toBe(true);
    expect(second.items[0].id).not.toBe(first.items[0].id);
  });

  it('what is typed is looked for as written: pattern characters find nothing, not everything', async () => {
    for (const q of ['.*', '^', '(', '[a-z]+', '$where']) expect((await queue({ q })).items).toEqual([]);
  });

  it('searching is for staff only, and bad input is a plain-Chinese refusal', async () => {
    expect(ACTIONS['ideas.queue'].access).toEqual(['staff']);
    for (const who of [MEMBER, SECRETARY]) expect(errorOf(await cloud.call(who, 'ideas.queue', { q: '张桂兰' })).code).toBe('FORBIDDEN');
    const tooLong = errorOf(await cloud.call(STAFF, 'ideas.queue', { q: '长'.repeat(31) }));
    expect(tooLong.code).toBe('VALIDATION_FAILED');
    expect(tooLong.fields?.q).toBe('查找的内容最多30个字');
  });
});

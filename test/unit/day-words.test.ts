import { chinaDay, chinaDayStart, whenText } from '../../cloudfunctions/contract/day-words';
import { todayItems } from '../../client/features/home/today-items';

/** "明天 9:30": relative day words in China time, whatever the machine's zone. */
describe('day words (China time)', () => {
  // 2026-11-28 23:30 in China (15:30 UTC): the China day is already the 28th's evening.
  const now = new Date('2026-11-28T15:30:00.000Z');

  it('says 今天 / 明天 / 后天 / 周几 / a date, with the hour as said', () => {
    expect(whenText('2026-11-28T15:50:00.000Z', now)).toBe('今天 23:50');
    expect(whenText('2026-11-29T01:30:00.000Z', now)).toBe('明天 9:30');
    // 16:10 UTC is already 00:10 on the 29th in China: 明天, though still the 28th in UTC.
    expect(whenText('2026-11-28T16:10:00.000Z', now)).toBe('明天 0:10');
    expect(whenText('2026-11-30T06:00:00.000Z', now)).toBe('后天 14:00');
    expect(whenText('2026-12-02T01:00:00.000Z', now)).toBe('周三 9:00');
    expect(whenText('2026-12-05T01:00:00.000Z', now)).toBe('12月5日 9:00');
  });

  it('finds the start of a China day', () => {
    expect(chinaDayStart(now, 1).toISOString()).toBe('2026-11-28T16:00:00.000Z');
    expect(chinaDay(chinaDayStart(now, 1))).toBe('2026-11-29');
  });
});

describe('首页 items', () => {
  const now = new Date('2026-11-28T02:00:00.000Z');
  const empty = { signups: [], answeredIdeas: [], newLessons: [], unread: 0 };

  it('nothing of my own: no items (the page shows its calm line)', () => {
    expect(todayItems(empty, now)).toEqual([]);
  });

  it('each item says when and where in plain words and opens its own page', () => {
    const items = todayItems({
      signups: [{ kind: 'session', id: 's1', title: '学习二十届三中全会精神', place: '龙潭村村部院坝', startAt: '2026-11-29T01:30:00.000Z' }],
      answeredIdeas: [{ id: 'i1', title: '建议增设座椅', stateLabel: '已办结', at: '2026-11-27T02:00:00.000Z' }],
      newLessons: [{ id: 'l1', title: '冬季防滑', publishedAt: '2026-11-27T02:00:00.000Z' }, { id: 'l2', title: '防诈骗', publishedAt: '2026-11-26T02:00:00.000Z' }],
      unread: 3,
    }, now);
    expect(items.map((i) => [i.title, i.url])).toEqual([
      ['明天 9:30 在 龙潭村村部院坝', '/pages/study/sessions/detail/index?id=s1'],
      ['金点子有答复了', '/pages/ideas/mine/index?id=i1'],
      ['本周有2门新课', '/pages/study/index'],
      ['有3条新消息', '/pages/mine/messages/index'],
    ]);
    expect(items[0].subtitle).toBe('院坝小讲堂：学习二十届三中全会精神');
    expect(items[2]).toMatchObject({ subtitle: '最新的一门：“冬季防滑”', tab: true });
  });

  it('one new lesson opens that lesson', () => {
    const [item] = todayItems({ ...empty, newLessons: [{ id: 'l1', title: '冬季防滑', publishedAt: '2026-11-27T02:00:00.000Z' }] }, now);
    expect(item).toMatchObject({ title: '本周有新课', subtitle: '冬季防滑', url: '/pages/study/lesson/index?id=l1' });
  });
});

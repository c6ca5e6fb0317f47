import { commonChoices } from '../../client/ui/common-choices';

describe('the common choices above a date or time wheel', () => {
  // 01:00 on 1 December in China, still 30 November in UTC: the days are China's.
  const now = new Date('2026-11-30T17:00:00.000Z');

  it('names the coming days from China\'s today', () => {
    expect(commonChoices('coming-days', now)).toEqual([
      { value: '2026-12-01', label: '今天' }, { value: '2026-12-02', label: '明天' }, { value: '2026-12-03', label: '后天' },
    ]);
  });

  it('names the days just past, across a month end', () => {
    expect(commonChoices('recent-days', now)).toEqual([
      { value: '2026-12-01', label: '今天' }, { value: '2026-11-30', label: '昨天' }, { value: '2026-11-29', label: '前天' },
    ]);
  });

  it('offers the usual start times as the wheel writes them', () => {
    expect(commonChoices('usual-times', now).map((c) => c.value)).toEqual(['09:00', '14:30']);
  });
});

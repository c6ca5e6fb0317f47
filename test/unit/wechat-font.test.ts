import { scaleForWeChatFont } from '../../client/ui/font-scale/wechat-font';

/** WeChat's font setting (px) → the app's starting 字的大小, for readers who have not chosen one. */
describe('starting type size from WeChat\'s font setting', () => {
  it.each([
    [undefined, 'standard'],
    [Number.NaN, 'standard'],
    [14, 'standard'],
    [16, 'standard'], // Android's standard
    [17, 'standard'], // iOS's standard
    [18, 'standard'],
    [19, 'large'],
    [20, 'large'],
    [21, 'large'],
    [22, 'xlarge'], // WeChat's own line for the elder layout
    [24, 'xlarge'],
    [30, 'xlarge'],
  ] as const)('%s px → %s', (px, scale) => {
    expect(scaleForWeChatFont(px)).toBe(scale);
  });
});

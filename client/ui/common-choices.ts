import { chinaDay, chinaDayStart } from '@contract/day-words';
import type { Option } from './OptionGroup';

/** Which common choices sit above a date or time wheel: the last few days, the next few, or the usual start times. */
export type CommonChoices = 'recent-days' | 'coming-days' | 'usual-times';

const DAY_WORDS: Record<'recent-days' | 'coming-days', ReadonlyArray<readonly [string, number]>> = {
  'recent-days': [['今天', 0], ['昨天', -1], ['前天', -2]],
  'coming-days': [['今天', 0], ['明天', 1], ['后天', 2]],
};

const USUAL_TIMES: readonly Option<string>[] = [
  { value: '09:00', label: '上午 9:00' },
  { value: '14:30', label: '下午 2:30' },
];

/** The common choices for `common`, dated in China from `now`. */
export const commonChoices = (common: CommonChoices, now: Date): readonly Option<string>[] =>
  common === 'usual-times'
    ? USUAL_TIMES
    : DAY_WORDS[common].map(([word, offset]) => ({ value: chinaDay(chinaDayStart(now, offset)), label: word }));

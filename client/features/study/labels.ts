import { CATEGORY_LABELS } from '@contract/lesson-words';
import type { LessonCategory } from '@contract/lesson-model';

/** Short names for the category tabs (the full names appear on each lesson). */
export const TAB_LABELS: Record<LessonCategory | 'all', string> = {
  all: '全部',
  micro: '微课',
  policy: '形势政策',
  exemplar: '榜样引领',
  integrity: '廉政建设',
};

export const categoryName = (c: LessonCategory) => CATEGORY_LABELS[c];

/** "11月28日" in China time. */
export const shortDate = (isoText?: string): string => {
  if (!isoText) return '';
  const d = new Date(new Date(isoText).getTime() + 8 * 3600 * 1000);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
};

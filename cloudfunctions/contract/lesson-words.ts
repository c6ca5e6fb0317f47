/**
 * 学习: what a lesson is on the wire. Four categories, exactly these, a safe
 * structured body (headings, paragraphs, images by fileID — never HTML), and the study records that
 * count as 人次 by kind.
 */
export const LESSON_CATEGORIES = ['micro', 'policy', 'exemplar', 'integrity'] as const;
export type LessonCategory = (typeof LESSON_CATEGORIES)[number];
export const CATEGORY_LABELS: Record<LessonCategory, string> = {
  micro: '微课',
  policy: '形势政策宣讲课',
  exemplar: '榜样引领示范课',
  integrity: '廉政建设课',
};

/** draft → published → withdrawn → draft; `held`: content safety did not pass, a person must look first. */
export const LESSON_STATUSES = ['draft', 'published', 'withdrawn', 'held'] as const;
export type LessonStatus = (typeof LESSON_STATUSES)[number];
export const LESSON_STATUS_LABELS: Record<LessonStatus, string> = {
  draft: '草稿，还没有发布',
  published: '已发布，老同志可以看到',
  withdrawn: '已撤回，老同志看不到了',
  held: '内容需要人工审核，审核前不会发布',
};

export const AUDIENCES = ['branch', 'county'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const STUDY_KINDS = ['online', 'offline', 'delivery'] as const;
export type StudyKind = (typeof STUDY_KINDS)[number];
export const STUDY_KIND_LABELS: Record<StudyKind, string> = { online: '线上自学', offline: '院坝小讲堂', delivery: '送学上门' };

/** For forms and tabs: the category choices in display order. */
export const CATEGORY_OPTIONS = LESSON_CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] }));

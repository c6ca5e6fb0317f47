import type { LessonInput } from '../../cloudfunctions/contract/lesson-model';

/**
 * Valid inputs for the actions that take a long form, shared by the component suites, the action
 * examples, the benchmark and the browser journeys; a test overrides only the fields it exercises.
 */

/** A 金点子 as a member sends it (category, title, content, place). */
export const anIdea = (over: Record<string, unknown> = {}) => ({
  category: 'infrastructure',
  title: '建议在滨河路增设路灯',
  content: '滨河路从县医院到老干部活动中心一段晚上很黑，老同志散步看不清路，建议增设几盏路灯。',
  place: '滨河路县医院段',
  ...over,
});

/** A short lesson with a heading and a paragraph, for the author's branch unless told. */
export const lessonInput = (over: Partial<LessonInput> = {}): LessonInput => ({
  title: '学习新修订的《中国共产党纪律处分条例》',
  summary: '用十分钟了解条例修订的要点。',
  category: 'integrity',
  body: [
    { type: 'heading', text: '一、为什么要修订' },
    { type: 'paragraph', text: '条例是党的纪律建设的基础性法规。' },
  ],
  estimatedMinutes: 8,
  audience: 'branch',
  ...over,
});

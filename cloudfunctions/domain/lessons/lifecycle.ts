import type { LessonStatus } from '../../contract/lesson-model';

/**
 * The lesson lifecycle: draft → published → withdrawn → draft. A publish whose text content safety
 * does not clearly pass goes to `held` instead (never shown to members); held goes back to draft (the
 * author's own choice, or staff returning it with a reason), or staff review approves it: published.
 */
export type LessonEvent = 'edit' | 'publish' | 'withdraw' | 'toDraft' | 'approve' | 'return';

const ALLOWED: Record<LessonEvent, readonly LessonStatus[]> = {
  edit: ['draft'],
  publish: ['draft'],
  withdraw: ['published'],
  toDraft: ['withdrawn', 'held'],
  approve: ['held'],
  return: ['held'],
};

export const canApply = (status: LessonStatus, event: LessonEvent): boolean => ALLOWED[event].includes(status);

/** The state after `event`, or null when the event is not allowed in `status`. */
export const nextStatus = (status: LessonStatus, event: LessonEvent, verdict: 'pass' | 'review' | 'risky' = 'pass'): LessonStatus | null => {
  if (!canApply(status, event)) return null;
  switch (event) {
    case 'edit':
      return 'draft';
    case 'publish':
      return verdict === 'pass' ? 'published' : 'held';
    case 'withdraw':
      return 'withdrawn';
    case 'toDraft':
    case 'return':
      return 'draft';
    case 'approve':
      return 'published';
  }
};

import type { LessonSummary } from '@contract/lesson-model';
import type { useManagedLessons } from '../../features/study/use-lesson-desk';

export type LessonMove = 'lessons.publish' | 'lessons.withdraw' | 'lessons.toDraft';

export interface LessonsDeskProps {
  list: ReturnType<typeof useManagedLessons>;
  /** The page's own move (the same as each phone row's buttons), with its message. */
  act: (action: LessonMove, lesson: LessonSummary) => Promise<void>;
}

/**
 * 学习课程 at a wide desk: the lessons as a sortable table, each row's moves in its last column
 * (电脑上办公). Only the H5 build has a desk (LessonsDesk.h5.tsx); this suffix-less file is what the
 * mini-program build and the type checker see, so no phone package carries it.
 */
export function LessonsDesk(_props: LessonsDeskProps) {
  return null;
}

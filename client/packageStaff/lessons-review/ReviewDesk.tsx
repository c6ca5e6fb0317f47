import type { LessonSummary } from '@contract/lesson-model';
import type { useManagedLessons } from '../../features/study/use-lesson-desk';

export interface ReviewDeskProps {
  list: ReturnType<typeof useManagedLessons>;
  /** What was decided on each lesson this visit, in words. */
  decided: Readonly<Record<string, string>>;
  onDone: (lesson: LessonSummary, text: string) => void;
  onError: (text: string) => void;
}

/**
 * 课程审核 at a wide desk: the held lessons as a table, the one opened beside it to read and decide
 * (电脑上办公). Only the H5 build has a desk (ReviewDesk.h5.tsx); this suffix-less file is what the
 * mini-program build and the type checker see, so no phone package carries it.
 */
export function ReviewDesk(_props: ReviewDeskProps) {
  return null;
}

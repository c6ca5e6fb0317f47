import type { LessonCategory, LessonSummary, StudyRecordView } from '@contract/lesson-model';
import type { InputOf } from '@contract/registry';
import { callApi } from '../../api/call-api';
import { emptyPage, usePaged } from '../../api/use-paged';
import { useSend } from '../../api/use-send';

/** 学习 for a member (main package): the lessons, one lesson, and what I have studied. */

/** Lessons of my branch and the county, by category and a title search; nothing is asked before sign-in. */
export const useLessonList = (ready: boolean, category: LessonCategory | 'all', keyword: string, pageSize: number) =>
  usePaged<LessonSummary & { studied: boolean }>(
    (page) =>
      ready
        ? callApi('lessons.list', { page, pageSize, ...(category !== 'all' ? { category } : {}), ...(keyword ? { keyword } : {}) })
        : emptyPage(page, pageSize),
    `${ready}|${category}|${keyword}`,
  );

/** 我的学习 for one month; `onTally` gets the month's count with each page. */
export const useMyStudy = (ready: boolean, month: string, category: LessonCategory | 'all', onTally: (count: number) => void) =>
  usePaged<StudyRecordView>(async (page) => {
    if (!ready) return emptyPage(page, 10);
    const res = await callApi('lessons.myStudy', { page, pageSize: 10, month, ...(category !== 'all' ? { category } : {}) });
    if (res.ok) onTally(res.data.monthCount);
    return res;
  }, `${ready}|${month}|${category}`);

/** One lesson with my study state (also the editor's and the reviewer's full text). */
export const getLesson = (lessonId: string) => callApi('lessons.get', { lessonId });

/** Tells the server when reading began (its clock judges 学完了); true when it was told. */
export const openLesson = async (lessonId: string): Promise<boolean> => (await callApi('lessons.open', { lessonId })).ok;

/** 学完了: the seconds really read (and listened), which the server checks against its own clock. */
export function useFinishLesson() {
  const send = useSend();
  return (input: InputOf<'lessons.finish'>) => send('lessons.finish', input);
}

/** 请送学上门 for one lesson. */
export function useAskDelivery() {
  const send = useSend();
  return (lessonId: string) => send('lessons.requestDelivery', { lessonId });
}

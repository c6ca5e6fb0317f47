import type { DeliveryTaskView, LessonSummary } from '@contract/lesson-model';
import type { InputOf, OutputOf } from '@contract/registry';
import { callApi } from '../../api/call-api';
import type { IntentStore } from '../../api/request-id';
import { emptyPage, usePaged } from '../../api/use-paged';
import { useSend } from '../../api/use-send';

/** 学习 for secretaries and staff (packageSecretary, packageStaff): writing, publishing, reviewing, 送学上门. */

/** The lessons I manage, ten a page (only those waiting for review, with `held`). */
export const useManagedLessons = (ready: boolean, held = false) =>
  usePaged<LessonSummary>(
    (page) => (ready ? callApi('lessons.manage', { page, pageSize: 10, ...(held ? { status: 'held' as const } : {}) }) : emptyPage(page, 10)),
    String(ready),
  );

type LessonMove = 'lessons.publish' | 'lessons.withdraw' | 'lessons.toDraft' | 'lessons.approve';

/** 发布, 撤回, 改回草稿, 通过 and 退回 of one lesson; each answers the lesson as it now is. */
export function useLessonMoves() {
  const send = useSend();
  return {
    move: (action: LessonMove, lessonId: string) => send(action, { lessonId }),
    sendBack: (lessonId: string, reason: string) => send('lessons.return', { lessonId, reason }),
  };
}

/** The editor's save (`keep`: the draft's intent store, so a resend after a restart is the same save). */
export const useLessonSave = (keep: IntentStore) => {
  const send = useSend(keep);
  return (input: InputOf<'lessons.save'>) => send('lessons.save', input);
};

/** 送学上门 tasks of my branch, open or done, ten a page. */
export const useDeliveries = (ready: boolean, status: 'open' | 'done') =>
  usePaged<DeliveryTaskView>((page) => (ready ? callApi('lessons.deliveries', { page, pageSize: 10, status }) : emptyPage(page, 10)), `${ready}|${status}`);

export function useRecordDeliveryVisit() {
  const send = useSend();
  return (input: InputOf<'lessons.recordVisit'>) => send('lessons.recordVisit', input);
}

type ProgressRow = OutputOf<'lessons.branchProgress'>['items'][number];

/** Who in my branch has studied a lesson, thirty a page; `onHead` gets the counts with each page. */
export const useBranchProgress = (ready: boolean, lessonId: string, onHead: (head: OutputOf<'lessons.branchProgress'>) => void) =>
  usePaged<ProgressRow>(async (page) => {
    if (!ready) return emptyPage(page, 30);
    const res = await callApi('lessons.branchProgress', { lessonId, page, pageSize: 30 });
    if (res.ok) onHead(res.data);
    return res;
  }, `${ready}|${lessonId}`);

export function useAssignDelivery() {
  const send = useSend();
  return (input: InputOf<'lessons.assignDelivery'>) => send('lessons.assignDelivery', input);
}

import type { IdeaQueueRow } from '@contract/ideas-model';
import type { InputOf } from '@contract/registry';
import { callApi } from '../../api/call-api';
import type { IntentStore } from '../../api/request-id';
import { usePaged } from '../../api/use-paged';
import { useRun } from '../../api/use-run';

/** 金点子 for staff (packageStaff) and a branch secretary's 代录 (packageSecretary). */

/** The queue, ten a page (the desk's table: more), by the filters or a search (`key` says when they changed). */
export const useIdeaQueue = (filters: Omit<InputOf<'ideas.queue'>, 'page' | 'pageSize'>, key: string, pageSize = 10) =>
  usePaged<IdeaQueueRow>((page) => callApi('ideas.queue', { page, pageSize, ...filters }), key);

/** One idea as staff see it: the author, every step, private notes. */
export const getIdeaForStaff = (ideaId: string) => callApi('ideas.detail', { ideaId });

type IdeaMove =
  | 'ideas.accept'
  | 'ideas.notAccept'
  | 'ideas.assign'
  | 'ideas.reopen'
  | 'ideas.progress'
  | 'ideas.saveDraft'
  | 'ideas.resolve'
  | 'ideas.publish'
  | 'ideas.addNote';

/** One staff move on an idea (受理, 交办, 答复, 公示, 备注…); each answers the idea as it now is. */
export const useIdeaMove = <A extends IdeaMove>(action: A) => useRun(action);

export const useIdeasLedgerExport = () => useRun('ideas.exportLedger');

/** 督办 on demand: the overdue check the timer runs each morning. */
export const useRunJobNow = () => useRun('jobs.runNow');

/** 代录: an idea sent for a member of the secretary's branch; `keep`: the draft's intent store. */
export const useSubmitFor = (keep: IntentStore) => useRun('ideas.submitFor', keep);

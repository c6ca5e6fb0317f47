import type { BoardItem, CountyFigures, IdeaCategory, IdeaView } from '@contract/ideas-model';
import { callApi } from '../../api/call-api';
import type { IntentStore } from '../../api/request-id';
import { usePaged } from '../../api/use-paged';
import { useRun } from '../../api/use-run';

/** 金点子 for a member (main package): the board, my ideas, one idea, and sending one. */

/** 您建议，我提升: published outcomes five a page; the county's figures come with the first page. */
export const useIdeaBoard = (key: string, onFigures: (figures: CountyFigures) => void) =>
  usePaged<BoardItem>(async (page) => {
    const res = await callApi('ideas.board', { page, pageSize: 5 });
    if (res.ok && page === 1) onFigures(res.data.figures);
    return res;
  }, key);

export const useMyIdeas = () => usePaged<IdeaView>((page) => callApi('ideas.mine', { page, pageSize: 10 }), 'mine');

/** One of my ideas, with its timeline and photo URLs. */
export const getIdea = (ideaId: string) => callApi('ideas.get', { ideaId });

/** Open ideas like the one being written, to support instead of sending it twice. */
export const similarIdeas = (category: IdeaCategory, title: string) => callApi('ideas.similar', { category, title });

/** `keep`: the draft's intent store, so a resend after a restart is the same idea. */
export const useSubmitIdea = (keep: IntentStore) => useRun('ideas.submit', keep);
export const useSupportIdea = () => useRun('ideas.support');
export const useRateIdea = () => useRun('ideas.rate');
export const useWithdrawIdea = () => useRun('ideas.withdraw');

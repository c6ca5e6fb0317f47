import { useState } from 'react';
import type { ActionName, InputOf, OutputOf } from '@contract/registry';
import type { IdeaView } from '@contract/ideas-model';
import type { SessionView } from '@contract/session-model';
import { callApi } from '../../api/call-api';
import { useLoad } from '../../api/use-load';
import { usePaged } from '../../api/use-paged';
import { useIntent } from '../../api/request-id';
import { sendIntent } from '../../api/use-send';
import type { RunState } from '../../api/use-run';

/**
 * What a helper reads and sends for one elder beyond the act page: their 金点子 and 求助 with progress,
 * their branch's 小讲堂, and one form's write. Every call carries the link as `actFor`, so the server answers
 * as that elder and refuses once the link has ended.
 */
export const useActingIdeas = (linkId: string, key: string) =>
  usePaged<IdeaView>((page) => callApi('ideas.mine', { page, pageSize: 10 }, { actFor: linkId }), `ideas:${linkId}:${key}`);

export const useActingCare = (linkId: string, key: string) => useLoad(() => callApi('care.mine', {}, { actFor: linkId }), `care:${linkId}:${key}`);

export const useActingSessions = (linkId: string, key: string) =>
  usePaged<SessionView>((page) => callApi('sessions.list', { page, when: 'upcoming' }, { actFor: linkId }), `sessions:${linkId}:${key}`);

/**
 * One form's write for the elder (提金点子, 我要求助): busy while it runs, the server's message and field errors,
 * and the one-intent requestId rule, so a resend after a lost answer is the same act, recorded once.
 */
export function useActingRun<A extends ActionName>(linkId: string, action: A) {
  const intent = useIntent();
  const [state, setState] = useState<RunState>({ busy: false });
  const run = async (input: InputOf<A>): Promise<OutputOf<A> | null> => {
    if (state.busy) return null;
    setState({ busy: true });
    const res = await sendIntent(intent, action, input, { actFor: linkId });
    if (res.ok) {
      setState({ busy: false });
      return res.data;
    }
    setState({ busy: false, error: res.error.message, fields: res.error.fields });
    return null;
  };
  return { ...state, run };
}

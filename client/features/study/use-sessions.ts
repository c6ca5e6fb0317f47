import type { SessionView } from '@contract/session-model';
import { callApi } from '../../api/call-api';
import { useLoad } from '../../api/use-load';
import { usePaged } from '../../api/use-paged';
import { useSend } from '../../api/use-send';

/** 院坝小讲堂 for a member (main package): my branch's sessions, one session, 报名 and 签到. */

export const useSessionList = (when: 'upcoming' | 'past') => usePaged<SessionView>((page) => callApi('sessions.list', { page, when }), when);

export const useSession = (sessionId: string) => useLoad(() => callApi('sessions.get', { sessionId }), sessionId);

/** On a session's page: sign up or cancel, and on the day type the secretary's code. */
export function useSessionMoves(sessionId: string) {
  const send = useSend();
  return {
    signUp: () => send('sessions.signUp', { sessionId }),
    cancel: () => send('sessions.cancel', { sessionId }),
    checkIn: (code: string) => send('sessions.checkIn', { sessionId, code }),
  };
}

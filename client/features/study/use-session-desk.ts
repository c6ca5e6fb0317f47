import type { Envelope } from '@contract/envelope';
import type { InputOf } from '@contract/registry';
import type { AttendanceMark, SessionRosterRow, SessionView } from '@contract/session-model';
import { callApi } from '../../api/call-api';
import type { IntentStore } from '../../api/request-id';
import { useBulkSend } from '../../api/use-bulk-send';
import { useLoad } from '../../api/use-load';
import { usePaged } from '../../api/use-paged';
import { useSend } from '../../api/use-send';

/** 院坝小讲堂 for the branch secretary (packageSecretary): schedule, open attendance, mark, close. */

export const useManagedSessions = () => usePaged<SessionView>((page) => callApi('sessions.manage', { page }), 'manage');

export const useSessionRoster = (sessionId: string) =>
  usePaged<SessionRosterRow>((page) => callApi('sessions.roster', { sessionId, page, pageSize: 50 }), sessionId);

/** Published lessons to study together (the first twenty). */
export const usePublishedLessons = () => useLoad(() => callApi('lessons.manage', { status: 'published', pageSize: 20 }), 'published');

/** `keep`: the draft's intent store, so a resend after a restart schedules it once. */
export function useScheduleSession(keep: IntentStore) {
  const send = useSend(keep);
  return (input: InputOf<'sessions.schedule'>) => send('sessions.schedule', input);
}

/** The writes of one session's page, each an intent of its own part of the page. */
export function useSessionRun(sessionId: string) {
  const send = useSend();
  return {
    close: (input: Omit<InputOf<'sessions.close'>, 'sessionId'>) => send('sessions.close', { sessionId, ...input }),
    cancel: (reason: string) => send('sessions.cancelSession', { sessionId, reason }),
    attendance: (action: 'sessions.openAttendance' | 'sessions.reopenSignup') => send(action, { sessionId }),
    addWalkIn: (memberId: string) => send('sessions.addWalkIn', { sessionId, memberId, attendance: 'present' }),
    mark: (memberId: string, attendance: AttendanceMark) => send('sessions.mark', { sessionId, memberId, attendance }),
  };
}

/**
 * 一次标记多人 (the desk's roster): the same sessions.mark the phone sends, once per person, a few at a time
 * (use-bulk-send.ts: a row whose answer was lost is resent with the same requestId). `onAnswer` hears every
 * row as its answer comes.
 */
export function useBulkMark(sessionId: string) {
  const send = useBulkSend();
  return (memberIds: readonly string[], attendance: AttendanceMark, onAnswer: (memberId: string, answer: Envelope<SessionRosterRow>) => void) =>
    send('sessions.mark', memberIds, (memberId) => ({ sessionId, memberId, attendance }), onAnswer);
}

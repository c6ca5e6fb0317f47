import { useRef } from 'react';
import type { Envelope } from '@contract/envelope';
import type { InputOf } from '@contract/registry';
import type { AttendanceMark, SessionRosterRow, SessionView } from '@contract/session-model';
import { callApi } from '../../api/call-api';
import { createIntent, type Intent, type IntentStore } from '../../api/request-id';
import { useLoad } from '../../api/use-load';
import { usePaged } from '../../api/use-paged';
import { sendIntent, useSend } from '../../api/use-send';
import { runBounded } from './run-bounded';

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

/** How many marks of one bulk press are in flight at once. */
export const MARK_CONCURRENCY = 4;

/**
 * 一次标记多人 (the desk's roster): the same sessions.mark the phone sends, once per person. Each person is
 * an intent of its own, kept across presses, so a row whose answer was lost is resent with the same
 * requestId (the server answers it once) while a row that was refused or done starts afresh
 * (client/api/request-id.ts). `onAnswer` hears every row as its answer comes.
 */
export function useBulkMark(sessionId: string) {
  const intents = useRef(new Map<string, Intent>());
  const intentOf = (memberId: string): Intent => {
    const known = intents.current.get(memberId);
    if (known) return known;
    const made = createIntent();
    intents.current.set(memberId, made);
    return made;
  };
  return (memberIds: readonly string[], attendance: AttendanceMark, onAnswer: (memberId: string, answer: Envelope<SessionRosterRow>) => void) =>
    runBounded(memberIds, MARK_CONCURRENCY, async (memberId) => {
      onAnswer(memberId, await sendIntent(intentOf(memberId), 'sessions.mark', { sessionId, memberId, attendance }));
    });
}

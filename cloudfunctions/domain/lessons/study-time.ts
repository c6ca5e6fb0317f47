import { MAX_READ_SECONDS, MIN_READ_SECONDS, READ_SHARE, requiredReadSeconds } from '../../contract/reading-time';

/**
 * The study-time rule: 学完了 counts only when the member really spent time on the lesson — read for a
 * share of the time its content takes a careful elder (contract/reading-time.ts, the same estimate the
 * editor shows), or listened to most of its recording. The client says how long it was in front of the
 * reader; the server never believes more than the time it saw pass since it recorded the lesson being
 * opened (plus a little slack for the network).
 */
export { MAX_READ_SECONDS, MIN_READ_SECONDS, READ_SHARE, requiredReadSeconds };
export const LISTEN_SHARE = 0.8;
/** Recordings may be played faster (up to 1.5×), so less wall time than audio time can be honest. */
export const MAX_PLAYBACK_RATE = 1.5;
export const SLACK_SECONDS = 5;

/** Progress noted before the rule read the content carried only the stated minutes: half of those, bounded. */
export const legacyReadSeconds = (estimatedMinutes: number): number =>
  Math.min(MAX_READ_SECONDS, Math.max(MIN_READ_SECONDS, Math.round(estimatedMinutes * 60 * READ_SHARE)));

export const requiredListenSeconds = (audioSeconds: number): number => Math.ceil(audioSeconds * LISTEN_SHARE);

export interface StudyClaim {
  /** Seconds of reading wanted, fixed when the lesson was opened (requiredReadSeconds of its content). */
  needReadSeconds: number;
  audioSeconds?: number;
  openedAt: Date;
  now: Date;
  readSeconds: number;
  listenedSeconds?: number;
}

export type StudyVerdict = { ok: true; by: 'reading' | 'listening' } | { ok: false; remainingSeconds: number };

export const judgeStudy = (claim: StudyClaim): StudyVerdict => {
  const seen = Math.max(0, (claim.now.getTime() - claim.openedAt.getTime()) / 1000) + SLACK_SECONDS;
  const read = Math.min(claim.readSeconds, seen);
  const needRead = claim.needReadSeconds;
  if (read >= needRead) return { ok: true, by: 'reading' };
  if (claim.audioSeconds && claim.listenedSeconds) {
    const needListen = requiredListenSeconds(claim.audioSeconds);
    // Listened audio time cannot exceed wall time × the fastest playback rate.
    const listened = Math.min(claim.listenedSeconds, seen * MAX_PLAYBACK_RATE);
    if (listened >= needListen) return { ok: true, by: 'listening' };
    const byListen = Math.ceil((needListen - listened) / MAX_PLAYBACK_RATE);
    return { ok: false, remainingSeconds: Math.max(1, Math.min(Math.ceil(needRead - read), byListen)) };
  }
  return { ok: false, remainingSeconds: Math.max(1, Math.ceil(needRead - read)) };
};

/** "还需要再学大约2分钟" — rounded up to whole minutes, in plain words. */
export const remainingText = (seconds: number): string =>
  seconds < 60 ? `还需要再学大约${Math.max(1, Math.ceil(seconds / 10) * 10)}秒` : `还需要再学大约${Math.ceil(seconds / 60)}分钟`;

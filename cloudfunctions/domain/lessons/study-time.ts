/**
 * The study-time rule: 学完了 counts only when the member really spent time on the lesson — read for a
 * sensible share of its estimated minutes, or listened to most of its recording. The client says how
 * long it was in front of the reader; the server never believes more than the time it saw pass since
 * it recorded the lesson being opened (plus a little slack for the network).
 */
export const READ_SHARE = 0.5;
export const MIN_READ_SECONDS = 30;
/** Nobody must sit for more than 15 minutes on a long lesson to have it count. */
export const MAX_READ_SECONDS = 15 * 60;
export const LISTEN_SHARE = 0.8;
/** Recordings may be played faster (up to 1.5×), so less wall time than audio time can be honest. */
export const MAX_PLAYBACK_RATE = 1.5;
export const SLACK_SECONDS = 5;

export const requiredReadSeconds = (estimatedMinutes: number): number =>
  Math.min(MAX_READ_SECONDS, Math.max(MIN_READ_SECONDS, Math.round(estimatedMinutes * 60 * READ_SHARE)));

export const requiredListenSeconds = (audioSeconds: number): number => Math.ceil(audioSeconds * LISTEN_SHARE);

export interface StudyClaim {
  estimatedMinutes: number;
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
  const needRead = requiredReadSeconds(claim.estimatedMinutes);
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

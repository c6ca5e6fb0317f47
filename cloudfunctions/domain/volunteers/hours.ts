/**
 * Service hours (pure). Minutes served run from check-in to check-out, both clipped to the activity's
 * own span: arriving early or leaving late does not add time, and nothing counts without a check-out.
 */
export interface Attendance {
  checkInAt?: Date | null;
  checkOutAt?: Date | null;
}

export const serviceMinutes = (span: { startAt: Date; endAt: Date }, at: Attendance): number | null => {
  if (!at.checkInAt || !at.checkOutAt) return null;
  const from = Math.max(at.checkInAt.getTime(), span.startAt.getTime());
  const to = Math.min(at.checkOutAt.getTime(), span.endAt.getTime());
  return Math.max(0, Math.floor((to - from) / 60_000));
};

/** The activity's own length in minutes: the most a correction may record. */
export const spanMinutes = (span: { startAt: Date; endAt: Date }): number =>
  Math.max(0, Math.floor((span.endAt.getTime() - span.startAt.getTime()) / 60_000));

/** The check-in window is a contract word: the client offers the code box by the same rule. */
export { CHECKIN_OPENS_MS, CHECKOUT_CLOSES_MS, checkWindow, type CheckWindow } from '../../contract/volunteer-words';

/** "2.5": hours with one decimal, as volunteer records show them. */
export const formatHours = (minutes: number): string => {
  const tenths = Math.round(minutes / 6);
  return tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
};

/** Wrong code attempts allowed before a member must ask the leader to mark them by hand. */
export const MAX_CODE_FAILURES = 5;

/** A 4-digit code, easy to read out and type; `random` is in [0, 1). */
export const makeCheckCode = (random: () => number): string => String(Math.floor(random() * 10_000)).padStart(4, '0');

/** China keeps one offset all year (no daylight saving): +08:00. */
const SHANGHAI_MS = 8 * 60 * 60_000;

/** "2026-11" in Asia/Shanghai. */
export const monthOf = (date: Date): string => new Date(date.getTime() + SHANGHAI_MS).toISOString().slice(0, 7);

/** "2026-11-28" in Asia/Shanghai. */
export const dayOf = (date: Date): string => new Date(date.getTime() + SHANGHAI_MS).toISOString().slice(0, 10);

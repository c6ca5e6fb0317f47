import { findWorkday, isWorkday } from 'chinese-days';
import type { IdeaState } from '../../contract/ideas-model';

/**
 * Deadlines in 工作日: China's official calendar, holidays and adjusted working weekends
 * (调休) included, from `chinese-days`. Days are counted in Asia/Shanghai (UTC+8, no daylight saving).
 * A deadline is the end of its day: an idea due on 12-04 is overdue from 12-05 00:00 Beijing time.
 */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** The calendar day (YYYY-MM-DD) of an instant, in Beijing time. */
export const shanghaiDay = (at: Date): string => new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);

/** The end of a Beijing calendar day as an instant. */
export const endOfDay = (day: string): Date => new Date(`${day}T23:59:59.999+08:00`);

/** The working day `n` working days after the day of `from` (the day itself never counts). */
export const addWorkdays = (from: Date, n: number): string => findWorkday(n, shanghaiDay(from));

export const isWorkingDay = (day: string): boolean => isWorkday(day);

/** Working days each stage gets by default (the department's own deadline applies once assigned). */
export const STAGE_WORKDAYS = {
  /** 已提交 → 受理 or 不予受理 */
  submitted: 5,
  /** 已受理 → 交办 */
  accepted: 5,
  /** default offered for a department's deadline */
  assigned: 10,
} as const;

export interface Due {
  dueDay: string;
  dueAt: Date;
}

export const dueIn = (from: Date, workdays: number): Due => {
  const dueDay = addWorkdays(from, workdays);
  return { dueDay, dueAt: endOfDay(dueDay) };
};

/** The default deadline of a stage entered at `at`; null for stages that owe nothing. */
export const stageDue = (state: IdeaState, at: Date): Due | null => {
  if (state === 'submitted') return dueIn(at, STAGE_WORKDAYS.submitted);
  if (state === 'accepted') return dueIn(at, STAGE_WORKDAYS.accepted);
  return null;
};

export const isOverdue = (dueAt: Date | null | undefined, now: Date): boolean => !!dueAt && now.getTime() > new Date(dueAt).getTime();

/** Whole calendar days since `since`, in Beijing days (the queue's "age"). */
export const ageInDays = (since: Date, now: Date): number =>
  Math.max(0, Math.round((Date.parse(shanghaiDay(now)) - Date.parse(shanghaiDay(since))) / 86_400_000));

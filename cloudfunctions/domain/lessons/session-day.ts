import { chinaDate } from './month';

/**
 * 开始签到 stops sign-up, so it is offered only from the session's own day (China time) on: never two
 * days early by a stray tap. After the day it stays possible, so a secretary who forgot to open it can
 * still record who came.
 */
export const sessionDayReached = (startAt: Date, now: Date): boolean => chinaDate(now) >= chinaDate(startAt);

/** "12月4日": the session's day as the refusal names it. */
export const sessionDayText = (startAt: Date): string => {
  const [, m, d] = chinaDate(startAt).split('-');
  return `${Number(m)}月${Number(d)}日`;
};

/**
 * When something happens, as an older reader says it: "今天 14:00", "明天 9:30", "后天 9:30",
 * "周五 9:30" within the coming week, else "12月5日 9:30". Always China time (UTC+8, no daylight
 * saving), whatever the phone's or the server's zone. Shared by the home page and the reminders.
 */
const SHANGHAI_MS = 8 * 3_600_000;
const DAY_MS = 24 * 3_600_000;
const WEEK = ['日', '一', '二', '三', '四', '五', '六'];

const local = (at: Date | string) => new Date(new Date(at).getTime() + SHANGHAI_MS);

/** The China calendar day as a day number (days since 1970-01-01 in China). */
export const chinaDayNumber = (at: Date | string): number => Math.floor(local(at).getTime() / DAY_MS);

/** "2026-11-29": the China calendar day. */
export const chinaDay = (at: Date | string): string => local(at).toISOString().slice(0, 10);

/** The instant a China calendar day starts, `offset` days after the day of `at`. */
export const chinaDayStart = (at: Date | string, offset = 0): Date => new Date((chinaDayNumber(at) + offset) * DAY_MS - SHANGHAI_MS);

/** "9:30" (no leading zero on the hour: it reads as said). */
export const clockText = (at: Date | string): string => {
  const d = local(at);
  return `${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
};

/** "今天" / "明天" / "后天" / "周五" (within 6 days) / "12月5日". */
export const dayWord = (at: Date | string, now: Date | string): string => {
  const ahead = chinaDayNumber(at) - chinaDayNumber(now);
  if (ahead === 0) return '今天';
  if (ahead === 1) return '明天';
  if (ahead === 2) return '后天';
  const d = local(at);
  if (ahead > 2 && ahead < 7) return `周${WEEK[d.getUTCDay()]}`;
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
};

/** "明天 9:30". */
export const whenText = (at: Date | string, now: Date | string): string => `${dayWord(at, now)} ${clockText(at)}`;

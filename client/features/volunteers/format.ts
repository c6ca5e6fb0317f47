/** Dates and hours as volunteers read them, always in Asia/Shanghai (+08:00, no daylight saving). */
const WEEK = ['日', '一', '二', '三', '四', '五', '六'];
const SHANGHAI_MS = 8 * 3_600_000;

const parts = (iso: string) => {
  const d = new Date(new Date(iso).getTime() + SHANGHAI_MS);
  return {
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    w: WEEK[d.getUTCDay()],
    hm: `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`,
  };
};

/** "12月5日（周六）09:00" */
export const dateTimeText = (iso: string): string => {
  const p = parts(iso);
  return `${p.m}月${p.day}日（周${p.w}）${p.hm}`;
};

/** "12月5日（周六）09:00 至 11:30" */
export const spanText = (startIso: string, endIso: string): string => `${dateTimeText(startIso)} 至 ${parts(endIso).hm}`;

/** "2026年12月5日" */
export const fullDateText = (iso: string): string => {
  const p = parts(iso);
  return `${p.y}年${p.m}月${p.day}日`;
};

/** "2.5小时" (one decimal, as volunteer records show hours). */
export const hoursText = (minutes: number | null | undefined): string => {
  const tenths = Math.round((minutes ?? 0) / 6);
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}小时`;
};

/** "2026-12-05" and "09:00" → ISO with the +08:00 offset, for the post form. */
export const toIso = (date: string, time: string): string => `${date}T${time}:00+08:00`;

/** Today in Shanghai as "2026-11-28". */
export const todayText = (now = Date.now()): string => new Date(now + SHANGHAI_MS).toISOString().slice(0, 10);

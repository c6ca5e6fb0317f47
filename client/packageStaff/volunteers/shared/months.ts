/** Month ranges staff ask for, in Asia/Shanghai: "2026-11". */
const SHANGHAI_MS = 8 * 3_600_000;

const monthText = (y: number, m: number): string => {
  const d = new Date(Date.UTC(y, m - 1, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

export type RangeKey = 'year' | 'month' | 'last' | 'twelve';

export const RANGE_OPTIONS: ReadonlyArray<{ value: RangeKey; label: string }> = [
  { value: 'year', label: '今年以来' },
  { value: 'month', label: '本月' },
  { value: 'last', label: '上个月' },
  { value: 'twelve', label: '最近12个月' },
];

export const rangeOf = (key: RangeKey, now = Date.now()): { from: string; to: string } => {
  const d = new Date(now + SHANGHAI_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  if (key === 'month') return { from: monthText(y, m), to: monthText(y, m) };
  if (key === 'last') return { from: monthText(y, m - 1), to: monthText(y, m - 1) };
  if (key === 'twelve') return { from: monthText(y, m - 11), to: monthText(y, m) };
  return { from: monthText(y, 1), to: monthText(y, m) };
};

/** "2026-11" → "2026年11月" */
export const monthLabel = (month: string): string => {
  const [y, m] = month.split('-');
  return `${y}年${Number(m)}月`;
};

import { keywordType, type FieldValue, type KeywordType } from '../contract/templates';

/**
 * The one place that makes a value fit its WeChat keyword type, so a send is never refused (47003)
 * for a long title or a stray character. WeChat's rules: thing ≤ 20 characters; phrase ≤ 5 汉字;
 * character_string ≤ 32 printable ASCII; number digits; time and date in Chinese date form
 * (Asia/Shanghai); name ≤ 10 汉字.
 */
const SHANGHAI_MS = 8 * 60 * 60_000;

const cut = (value: string, max: number): string => {
  const chars = Array.from(value);
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`;
};

const shanghai = (at: Date) => {
  const d = new Date(at.getTime() + SHANGHAI_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { day: `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`, clock: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` };
};

const asDate = (value: FieldValue): Date | null => {
  if (value instanceof Date) return value;
  const parsed = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value.length === 10 ? `${value}T00:00:00+08:00` : value) : null;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : null;
};

const FIT: Record<KeywordType, (value: FieldValue) => string> = {
  thing: (v) => cut(String(v).replace(/\s+/g, ' ').trim() || '—', 20),
  phrase: (v) => Array.from(String(v).replace(/[^\u4e00-\u9fa5]/g, '')).slice(0, 5).join('') || '已更新',
  character_string: (v) => String(v).replace(/[^\x21-\x7e]/g, '').slice(0, 32) || '-',
  number: (v) => (Number.isFinite(Number(v)) ? String(Number(v)) : '0'),
  letter: (v) => String(v).replace(/[^A-Za-z]/g, '').slice(0, 32) || 'A',
  symbol: (v) => Array.from(String(v)).slice(0, 5).join(''),
  time: (v) => {
    const d = asDate(v);
    return d ? `${shanghai(d).day} ${shanghai(d).clock}` : String(v);
  },
  date: (v) => {
    const d = asDate(v);
    return d ? shanghai(d).day : String(v);
  },
  amount: (v) => `${Number(v).toFixed(2).replace(/\.00$/, '')}元`,
  phone_number: (v) => String(v).replace(/[^\d+\-() ]/g, '').slice(0, 17),
  car_number: (v) => Array.from(String(v)).slice(0, 8).join(''),
  name: (v) => Array.from(String(v).replace(/[^\u4e00-\u9fa5]/g, '')).slice(0, 10).join('') || '老同志',
};

/** A field's full text, for the 消息 list (dates in plain Chinese, nothing cut). */
export const plainValue = (key: string, value: FieldValue): string => {
  const type = keywordType(key);
  if (type === 'time' || type === 'date') return FIT[type](value);
  return String(value);
};

export const fitValue = (key: string, value: FieldValue): string => {
  const type = keywordType(key);
  if (!type) throw new Error(`unknown keyword type for field ${key}`);
  return FIT[type](value);
};

export const fitData = (data: Record<string, FieldValue>): Record<string, { value: string }> =>
  Object.fromEntries(Object.entries(data).map(([key, value]) => [key, { value: fitValue(key, value) }]));

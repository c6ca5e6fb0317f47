import { z } from './zod';

/**
 * Shared text rules for everything people type (DESIGN §5): trimmed, NFC-normalised, counted the way
 * people count (one 汉字 or one emoji is one character, not two UTF-16 units), and free of control
 * and bidirectional-override characters, which can hide or reorder text in a staff member's view.
 */
// C0/C1 controls except tab and newline; bidi embeddings, overrides and isolates; zero-width joiners
// used to smuggle text; and lone surrogates, which make strings that cannot be stored or displayed.
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B-\u200D\uFEFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Characters as people count them (code points). */
export const charCount = (value: string): number => Array.from(value).length;

export const hasForbiddenChars = (value: string): boolean =>
  FORBIDDEN_CHARS.test(value) || LONE_SURROGATE.test(value);

interface TextOptions {
  label: string;
  max: number;
  min?: number;
  /** Multi-line texts keep newlines; single-line ones refuse them. */
  multiline?: boolean;
}

export const text = ({ label, max, min = 1, multiline = false }: TextOptions) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .refine((s) => !hasForbiddenChars(s), `${label}中有无法识别的特殊字符，请删除后再试`)
    .refine((s) => multiline || !/[\r\n]/.test(s), `${label}请写在一行内`)
    .refine((s) => charCount(s) >= min, min === 1 ? `请填写${label}` : `${label}至少${min}个字`)
    .refine((s) => charCount(s) <= max, `${label}最多${max}个字`);

export const optionalText = (options: TextOptions) => text({ ...options, min: 0 }).optional();

/** Mainland mobile numbers, or a landline with area code (many retirees give a home phone). */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

export const phone = (label = '电话') =>
  z.string({ error: `请填写${label}` }).trim().regex(PHONE_PATTERN, `${label}格式不对，请填写手机号或带区号的座机号`);

/** For edits: a number, or "" to remove the one on file (the only way to clear an optional phone). */
export const phoneOrEmpty = (label = '电话') =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .refine((s) => s === '' || PHONE_PATTERN.test(s), `${label}格式不对，请填写手机号或带区号的座机号`);

/** Document ids as CloudBase makes them (and as our seed makes them): short, plain, never operators. */
export const id = (label = '编号') =>
  z.string({ error: `缺少${label}` }).regex(/^[A-Za-z0-9_-]{1,64}$/, `${label}格式不对`);

export const page = z.object({
  page: z.number().int().min(1).max(10000).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
});

export interface Paged<T> {
  items: T[];
  page: number;
  pageSize: number;
  hasMore: boolean;
}

export const paged = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), page: z.number(), pageSize: z.number(), hasMore: z.boolean() });

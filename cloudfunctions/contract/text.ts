import { z } from './zod';

import { charCount, hasForbiddenChars } from './graphemes';
import { FILE_ID_PATTERN, VOICE_MAX_SECONDS } from './uploads';

export { charCount, hasForbiddenChars };

/**
 * Shared text rules for everything people type: trimmed, NFC-normalised (an é typed as e + accent is
 * stored as the one é, so searches and duplicates find it), counted the way people count (graphemes.ts),
 * and free of control, bidirectional-override and stray invisible characters, which can hide or reorder
 * text in a staff member's view.
 */
/** Line and paragraph separators: line breaks to a reader, so they follow the one-line rule. */
const SEPARATORS = /[\u2028\u2029\u0085]/g;
const LINE_BREAK = /[\r\n\u2028\u2029\u0085]/;

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
    .normalize('NFC')
    // In a text of several lines a separator is kept as the plain line break everything else shows.
    .overwrite((s) => (multiline ? s.replace(SEPARATORS, '\n') : s))
    .refine((s) => !hasForbiddenChars(s), `${label}中有无法识别的特殊字符，请删除后再试`)
    .refine((s) => multiline || !LINE_BREAK.test(s), `${label}请写在一行内`)
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

/** A file id as storage gives it (cloud://env.bucket/path); files are uploaded before the call that names them. */
export const fileIdOf = (label: string) => z.string().regex(FILE_ID_PATTERN, `${label}格式不对`);
export const photos = z.array(fileIdOf('照片')).max(3, '照片最多3张');

/** A recording a member left instead of (or besides) typing: its file and how long it runs. */
export const voiceRecording = z
  .object({
    fileId: fileIdOf('录音'),
    seconds: z.number().int().min(1, '录音太短了，请再说一遍').max(VOICE_MAX_SECONDS, `录音最长${VOICE_MAX_SECONDS / 60}分钟`),
  })
  .strict();

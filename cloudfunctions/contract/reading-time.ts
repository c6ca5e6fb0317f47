import type { BodyBlock } from './lesson-model';

/**
 * How long a lesson takes an elder, estimated from the lesson itself — the one rule the editor shows
 * the writer ("大约要学几分钟") and the server's study-time check uses, so the two never disagree.
 *
 * - Words: every character a reader sees (title, summary, headings, paragraphs, captions; spaces not
 *   counted) at a careful elder's pace in large type.
 * - Pictures: a little time to look at each.
 * - A recording: its own length (one reads or listens; the longer of the two is the study time).
 * A video's length is not known, so it adds nothing; the writer may raise the shown minutes for it.
 */
export const ELDER_CHARS_PER_MINUTE = 150;
export const SECONDS_PER_IMAGE = 15;

/** Share of the study time a reader must have spent before 学完了 counts (bounded below and above). */
export const READ_SHARE = 0.5;
export const MIN_READ_SECONDS = 30;
/** Nobody must sit for more than 15 minutes on a long lesson to have it count. */
export const MAX_READ_SECONDS = 15 * 60;
export const MAX_ESTIMATED_MINUTES = 180;

export interface LessonContent {
  title: string;
  summary: string;
  body: ReadonlyArray<BodyBlock | { type: 'image'; caption?: string }>;
  audioSeconds?: number;
}

const visibleChars = (s: string | undefined) => (s ? Array.from(s.replace(/\s+/g, '')).length : 0);

export const lessonChars = (l: LessonContent): number =>
  visibleChars(l.title) +
  visibleChars(l.summary) +
  l.body.reduce((n, b) => n + visibleChars(b.type === 'image' ? b.caption : (b as { text: string }).text), 0);

/** Seconds a careful elder needs for the lesson: reading (words + pictures) or listening, whichever is longer. */
export const studySeconds = (l: LessonContent): number => {
  const images = l.body.filter((b) => b.type === 'image').length;
  const reading = Math.ceil((lessonChars(l) * 60) / ELDER_CHARS_PER_MINUTE) + images * SECONDS_PER_IMAGE;
  return Math.max(reading, l.audioSeconds ?? 0);
};

/** The "约N分钟" the editor offers: whole minutes, at least 1. */
export const estimateMinutes = (l: LessonContent): number =>
  Math.min(MAX_ESTIMATED_MINUTES, Math.max(1, Math.ceil(studySeconds(l) / 60)));

/**
 * Seconds of reading before 学完了 counts: a share of the study time estimated from the content. The
 * minutes the writer states (shown to readers as "约N分钟") can only make it gentler, never harsher:
 * a short lesson marked "约7分钟" still wants only a short careful read.
 */
export const requiredReadSeconds = (l: LessonContent & { estimatedMinutes?: number }): number => {
  const stated = l.estimatedMinutes ? l.estimatedMinutes * 60 : Infinity;
  const base = Math.min(studySeconds(l), stated);
  return Math.min(MAX_READ_SECONDS, Math.max(MIN_READ_SECONDS, Math.round(base * READ_SHARE)));
};

/** "1分钟" / "40秒", for the editor's plain-words note. */
export const durationWords = (seconds: number): string =>
  seconds < 60 ? `${Math.ceil(seconds / 10) * 10}秒` : `${Math.round(seconds / 60)}分钟`;

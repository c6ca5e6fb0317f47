/**
 * Deterministic stand-in for WeChat's content-safety model (security.msgSecCheck v2), so tests and local
 * runs can produce every outcome on purpose. Kept in one place so tests, seeds and docs can import the
 * markers instead of repeating strings.
 *
 *  - text containing MARKERS.risky or one of RISKY_WORDS   → suggest 'risky'  (label from the word's class)
 *  - text containing MARKERS.review                        → suggest 'review' (label 21000 "other")
 *  - text containing MARKERS.timeout                       → the call hangs, then fails (see wx-api.ts),
 *                                                            so callers exercise their "held for review" path
 *  - anything else                                         → suggest 'pass', label 100
 */
export const MARKERS = {
  risky: '【违规】',
  review: '【待审】',
  timeout: '【超时】',
} as const;

/** WeChat's label codes (msgSecCheck v2). */
export const LABELS = {
  normal: 100,
  ads: 10001,
  politics: 20001,
  porn: 20002,
  abuse: 20003,
  illegal: 20006,
  fraud: 20008,
  vulgar: 20012,
  other: 21000,
} as const;

/** A short list of obviously unacceptable words, each with the label WeChat would give it. */
export const RISKY_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['赌博', LABELS.illegal],
  ['毒品', LABELS.illegal],
  ['色情', LABELS.porn],
  ['诈骗', LABELS.fraud],
  ['刷单', LABELS.fraud],
  ['加微信领红包', LABELS.ads],
  ['傻逼', LABELS.abuse],
];

export type Suggest = 'pass' | 'review' | 'risky';

export interface Verdict {
  suggest: Suggest | 'timeout';
  label: number;
  keyword?: string;
}

export function judgeText(text: string): Verdict {
  if (text.includes(MARKERS.timeout)) return { suggest: 'timeout', label: LABELS.normal };
  if (text.includes(MARKERS.risky)) return { suggest: 'risky', label: LABELS.other, keyword: MARKERS.risky };
  for (const [word, label] of RISKY_WORDS) if (text.includes(word)) return { suggest: 'risky', label, keyword: word };
  if (text.includes(MARKERS.review)) return { suggest: 'review', label: LABELS.other, keyword: MARKERS.review };
  return { suggest: 'pass', label: LABELS.normal };
}

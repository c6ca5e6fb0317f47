import { charCount } from '../contract/text';
import type { CallWxOpenApi } from './wx-open-api';

/**
 * Content safety: every user-written text passes WeChat's msgSecCheck v2 before anyone
 * else may see it. Anything not clearly passed — a risky or review verdict, an error, a timeout — is
 * held for manual review, never published.
 */
export type Verdict = 'pass' | 'review' | 'risky';

export interface ContentSafety {
  check(text: string, openid: string): Promise<Verdict>;
}

/** msgSecCheck takes at most 2500 characters per call. */
const CHUNK = 2500;
const RANK: Record<Verdict, number> = { pass: 0, review: 1, risky: 2 };

const chunks = (text: string): string[] => {
  const chars = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += CHUNK) out.push(chars.slice(i, i + CHUNK).join(''));
  return out;
};

interface MsgSecCheckAnswer {
  errcode?: number;
  result?: { suggest?: string };
}

export const wxContentSafety = (callWxOpenApi: CallWxOpenApi, timeoutMs = 2000): ContentSafety => ({
  async check(text, openid) {
    if (charCount(text.trim()) === 0) return 'pass';
    let worst: Verdict = 'pass';
    for (const content of chunks(text)) {
      let verdict: Verdict;
      try {
        const { result } = await callWxOpenApi(
          { apiName: 'security.msgSecCheck', requestData: { content, version: 2, scene: 2, openid } },
          { timeout: timeoutMs },
        );
        const answer = (result ?? {}) as MsgSecCheckAnswer;
        const suggest = answer.errcode === 0 ? answer.result?.suggest : undefined;
        verdict = suggest === 'pass' ? 'pass' : suggest === 'risky' ? 'risky' : 'review';
      } catch {
        verdict = 'review'; // unreachable or slow: a person decides, the text stays hidden meanwhile
      }
      if (RANK[verdict] > RANK[worst]) worst = verdict;
      if (worst === 'risky') break;
    }
    return worst;
  },
});

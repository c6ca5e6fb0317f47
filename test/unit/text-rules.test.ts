import fc from 'fast-check';
import { charCount, text } from '../../cloudfunctions/contract/text';

/**
 * The text rules as written in contract/text.ts and contract/graphemes.ts, over arbitrary Unicode:
 * stored NFC, line separators are line breaks, and emoji sequences are whole pictures — accepted and
 * counted as one — while the same invisible joiners anywhere else are refused.
 */
const oneLine = text({ label: '标题', max: 200 });
const lines = text({ label: '内容', max: 2000, multiline: true });

/** One picture each in WeChat: ZWJ families and jobs, skin tones, flags, a tag flag, keycaps, text-style. */
const PICTURES = [
  '👨‍👩‍👧', '👨‍👩‍👧‍👦', '👩🏽‍💻', '🧑🏻‍🌾', '🏳️‍🌈', '❤️‍🔥', '👋🏽', '👍🏿', '🇨🇳', '🇭🇰',
  '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}', '#️⃣', '1️⃣', '☀️', '🧓', '👵🏻',
];
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\uFEFF', '\u{E0041}', '\u{E007F}', '\u202E', '\u2066'];
const CJK = fc.constantFrom(...'老干部活动中心学习金点子志愿服务关爱银铃酉水'.split(''));
const piece = fc.oneof(CJK, fc.constantFrom(...PICTURES), fc.constantFrom('a', 'Z', '3', ' ', '，', '。', 'é', 'e\u0301', 'ñ', '한'));
const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });
const graphemes = (s: string) => Array.from(segmenter.segment(s)).length;

const accepted = (schema: typeof oneLine, value: string) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
};

describe('text rules over Unicode', () => {
  it('stores every accepted text NFC, whatever form it came in', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (value) => {
        const stored = accepted(lines, value);
        if (stored !== null) expect(stored).toBe(stored.normalize('NFC'));
      }),
      { numRuns: 2000 },
    );
    expect(accepted(oneLine, 'Cafe\u0301 老张')).toBe('Café 老张');
    expect(accepted(oneLine, '\u1100\u1161')).toBe('가'); // Hangul jamo composed, as Korean keyboards send them
  });

  it('refuses line and paragraph separators in one-line fields and keeps them as line breaks in longer texts', () => {
    fc.assert(
      fc.property(fc.array(CJK, { minLength: 1, maxLength: 10 }), fc.constantFrom('\u2028', '\u2029', '\u0085', '\n', '\r'), fc.array(CJK, { minLength: 1, maxLength: 10 }), (a, sep, b) => {
        const value = `${a.join('')}${sep}${b.join('')}`;
        expect(accepted(oneLine, value)).toBeNull();
        const stored = accepted(lines, value);
        expect(stored).not.toBeNull();
        expect(stored).not.toMatch(/[\u2028\u2029\u0085]/);
      }),
    );
  });

  it('accepts every emoji sequence as one character, among any text', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), (pieces) => {
        const value = pieces.join('').trim();
        if (!value) return;
        const stored = accepted(oneLine, value);
        expect(stored).not.toBeNull();
        expect(charCount(stored as string)).toBe(graphemes(stored as string));
      }),
      { numRuns: 2000 },
    );
    for (const picture of PICTURES) expect({ picture, count: charCount(picture) }).toEqual({ picture, count: 1 });
  });

  it('refuses an invisible joiner, tag or override anywhere outside an emoji sequence', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.constantFrom(...INVISIBLE), fc.array(CJK, { minLength: 1, maxLength: 10 }), (before, hidden, after) => {
        // Hidden text inside the words (a joiner after an emoji but before a 汉字 joins nothing); at either
        // end a byte-order mark is only trimmed away like a space.
        expect(accepted(oneLine, `老${before.join('')}${hidden}${after.join('')}`)).toBeNull();
      }),
      { numRuns: 1000 },
    );
    expect(accepted(oneLine, '好\u{FE0F}\u{FE0F}\u{FE0F}')).toBeNull(); // bytes smuggled in variation selectors
  });

  it('is idempotent: what was stored passes again unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (value) => {
        const stored = accepted(lines, value);
        if (stored !== null) expect(accepted(lines, stored)).toBe(stored);
      }),
      { numRuns: 1000 },
    );
  });
});

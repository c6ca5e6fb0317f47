/**
 * Characters as people see them, and the one rule for invisible ones. A family emoji (👨‍👩‍👧) is five
 * code points joined by zero-width joiners, a flag two regional indicators, a Scottish flag a black flag
 * and invisible tag characters; each is one picture in WeChat and counts as one character here. The same
 * joiners and tags outside such a sequence hide text from the staff who read it, so they are refused.
 * Written as regular-expression literals alone (no Intl.Segmenter, no lookbehind), so the mini-program
 * build can carry them to an old phone and it counts exactly as the functions do.
 */
/** 👨‍👩‍👧, 🏳️‍🌈, 👩🏽‍💻: pictures (each with its skin tone or presentation selector) joined by U+200D. */
const ZWJ_SEQUENCE = /\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F]*(?:\u200D\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F]*)+/gu;
/** 🏴 + tag letters + cancel tag: the subdivision flags (England, Scotland, Wales). */
const TAG_SEQUENCE = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu;
/** 🇨🇳: two regional indicators. */
const FLAG = /[\u{1F1E6}-\u{1F1FF}]{2}/gu;
/** Marks that sit on the character before them: accents, variation selectors, keycaps, skin tones. */
const ATTACHED = /[\p{M}\p{Emoji_Modifier}]/gu;
const LEADING_MARK = /^[\p{M}\p{Emoji_Modifier}]/u;

// C0/C1 controls except tab and newline; bidi embeddings, overrides and isolates; zero-width spaces and
// joiners, the byte-order mark and tag characters (which can smuggle text: allowed only inside the
// sequences above, which are taken out before this is tested).
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B-\u200D\uFEFF\u{E0000}-\u{E007F}]/u;
/** Runs of variation selectors carry hidden bytes after a visible character; one is a presentation choice. */
const SELECTOR_RUN = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]{2,}/u;

/** A high surrogate not followed by a low one, or a low one not after a high one: not storable text. */
const hasLoneSurrogate = (value: string): boolean => {
  for (let i = 0; i < value.length; i += 1) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i += 1;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return true;
  }
  return false;
};

/** The text with every whole emoji sequence taken out, leaving what the invisible-character rule applies to. */
const withoutSequences = (value: string): string => value.replace(ZWJ_SEQUENCE, '').replace(TAG_SEQUENCE, '');

export const hasForbiddenChars = (value: string): boolean =>
  hasLoneSurrogate(value) || SELECTOR_RUN.test(value) || FORBIDDEN.test(withoutSequences(value));

/** Characters as people count them: one 汉字, one letter with its accent, one emoji sequence is one. */
export const charCount = (value: string): number => {
  const collapsed = value.replace(ZWJ_SEQUENCE, '□').replace(TAG_SEQUENCE, '□').replace(FLAG, '□');
  // A mark at the very start has nothing to sit on: it counts as a character of its own.
  const lead = LEADING_MARK.test(collapsed) ? 1 : 0;
  return Array.from(collapsed.replace(ATTACHED, '')).length + lead;
};

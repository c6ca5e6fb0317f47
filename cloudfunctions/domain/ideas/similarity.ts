/**
 * "是否与这些建议相同？": how alike two short Chinese texts are, by shared character pairs (bigrams).
 * Chinese has no spaces to split words on; pairs of characters catch 路灯 / 公交 / 健身器材 well enough
 * to put likely duplicates in front of a person, who decides.
 */
const PUNCT = /[\s\p{P}\p{S}]/u;

export const bigrams = (text: string): Set<string> => {
  const chars = Array.from(text).filter((c) => !PUNCT.test(c));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) out.add(chars[i] + chars[i + 1]);
  if (chars.length === 1) out.add(chars[0]);
  return out;
};

/** Dice coefficient of the bigram sets: 0 (nothing shared) … 1 (the same). */
export const similarity = (a: string, b: string): number => {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared += 1;
  return (2 * shared) / (x.size + y.size);
};

export const SIMILAR_THRESHOLD = 0.3;

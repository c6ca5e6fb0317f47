/**
 * Name search served by an index (lists must not slow down as the county grows).
 * A regular expression on `name` makes the database test every key of the name index: the cost of
 * 搜索姓名 grew with the number of members (3.5× for ten times the members). Instead each member
 * carries every fragment of their name (`nameKeys`, at most 210 for the 20-character maximum, six for a
 * three-character name), and a search is one equality on the multikey index `name_keys`, in name order.
 * Fragments are lower-cased so Latin letters match either way, as the old case-insensitive search did.
 */
export const nameKeys = (name: string): string[] => {
  const chars = [...name.trim().toLowerCase()];
  const keys = new Set<string>();
  for (let i = 0; i < chars.length; i += 1) {
    for (let j = i + 1; j <= chars.length; j += 1) keys.add(chars.slice(i, j).join(''));
  }
  return [...keys];
};

/** The form a typed keyword is looked up in. */
export const nameKey = (keyword: string): string => keyword.trim().toLowerCase();

/**
 * Finds code that turns strings into code: eval, new Function, and the Function constructor taken
 * under another name (`const F = Function; new F(...)`), which a plain search for "new Function(" misses.
 * zod 4 carries three such sites, all dead while `jitless` is set (cloudfunctions/contract/zod.ts):
 * its eval probe (short-circuited by jitless), Doc.compile (only for JIT parsers) and z.compile
 * (never called). They are recognised by their surroundings; anything else is reported.
 */
const ALLOWED_SITES = [
  /includes\("Cloudflare"\)/, // zod allowsEval probe
  /compile\(\)\{(let|const|var) \w+=Function/, // zod Doc.compile
  /generated code failed to evaluate/, // zod z.compile
];

const CONSTRUCTS = /\beval\(|new Function\(|(?<![\w$.])Function\s*\(|[=,(]\s*Function\s*[,;)]/g;

export const evalSites = (code: string, ignore: string[] = []): string[] => {
  const cleaned = ignore.reduce((text, allowed) => text.split(allowed).join(''), code);
  const found: string[] = [];
  for (const match of cleaned.matchAll(CONSTRUCTS)) {
    const at = match.index ?? 0;
    const around = cleaned.slice(Math.max(0, at - 300), at + 300);
    if (!ALLOWED_SITES.some((site) => site.test(around))) found.push(cleaned.slice(Math.max(0, at - 60), at + 60));
  }
  return found;
};

/** The bundle switches zod to jitless (minified: `.config({jitless:!0})`, or webpack's renamed `r.$W({jitless:!0})`). */
export const setsJitless = (code: string) => /[\w$]\(\{jitless:(!0|true)\}\)/.test(code);

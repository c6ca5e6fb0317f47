import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** What every page owes an elder reader (no serious axe finding, taps ≥ 44 px, primary buttons ≥ 60 px, body type
 * at the floor, lines ≥ 1.3, no sideways scroll, a way back), measured in the browser on the page on show. */
export interface PageAudit {
  axeSerious: string[];
  smallTargets: string[];
  smallPrimary: string[];
  bodyFontPx: number;
  minTextPx: number;
  /** The smallest side of the smallest tap target on the page (px); 0 when there is none. */
  minTargetPx: number;
  /** The height of the lowest primary button (px); 0 when there is none. */
  minPrimaryPx: number;
  /** The tightest line height any visible text uses, as a multiple of its font size. */
  minLineHeight: number;
  /** Texts set tighter than 1.3, named for the fix. */
  tightLines: string[];
  horizontalScroll: boolean;
  /** A visible 返回 link, or the tab bar on a tab page (a clear back path on every page). */
  wayBack: boolean;
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Tap targets: everything the app marks as something to press or fill in. */
const TARGETS = '[role=button],[role=radio],[role=link],[role=tab],[role=checkbox],a[href],button,input,textarea,taro-button-core';

export const auditPage = async (page: Page): Promise<PageAudit> => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const axeSerious = await page.evaluate(async () => {
    const root = document.querySelector('.taro_page_show') ?? document.body;
    const axe = (window as unknown as { axe: { run: (el: Element, o: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe;
    const { violations } = await axe.run(root, { resultTypes: ['violations'] });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}×${v.nodes.length}`);
  });
  const figures = await page.evaluate((selector) => {
    const root = document.querySelector('.taro_page_show') ?? document.body;
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    };
    const label = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}「${(el.textContent ?? (el as HTMLInputElement).placeholder ?? '').trim().slice(0, 12)}」`;
    // An input's tap area is its box (Taro wraps <input> in taro-input-core: measure the larger).
    const box = (el: Element) => {
      const outer = el.closest('taro-input-core,taro-textarea-core') ?? el;
      const r = outer.getBoundingClientRect();
      return { w: r.width, h: r.height };
    };
    const targets = [...root.querySelectorAll(selector)].filter(visible);
    const smallTargets = targets.filter((el) => { const b = box(el); return b.w < 44 || b.h < 44; }).map(label);
    const minTargetPx = targets.reduce((m, el) => { const b = box(el); return Math.min(m, b.w, b.h); }, Infinity);
    const primaries = [...root.querySelectorAll('.bigbtn--primary')].filter(visible);
    const smallPrimary = primaries.filter((el) => el.getBoundingClientRect().height < 60).map(label);
    const minPrimaryPx = primaries.reduce((m, el) => Math.min(m, el.getBoundingClientRect().height), Infinity);
    // Body size = the size most characters are set in; the smallest size any visible text uses.
    const weights = new Map<number, number>();
    let minTextPx = Infinity;
    let minLineHeight = Infinity;
    const tightLines = new Set<string>();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const parent = node.parentElement;
      if (!text || !parent || !visible(parent)) continue;
      const style = getComputedStyle(parent);
      const size = parseFloat(style.fontSize);
      weights.set(size, (weights.get(size) ?? 0) + text.length);
      minTextPx = Math.min(minTextPx, size);
      // "normal" is about 1.2 in most fonts: below the 1.3 minimum, so it counts as 1.2.
      const lh = style.lineHeight === 'normal' ? 1.2 * size : parseFloat(style.lineHeight);
      minLineHeight = Math.min(minLineHeight, lh / size);
      if (lh / size < 1.3) tightLines.add(`${parent.tagName.toLowerCase()}.${[...parent.classList].join('.')}「${text.slice(0, 8)}」`);
    }
    const bodyFontPx = [...weights.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
    const wayBack = [...root.querySelectorAll('.shell-back,.shell--tab')].some(visible);
    const horizontalScroll = document.documentElement.scrollWidth > window.innerWidth + 1 || root.scrollWidth > root.clientWidth + 1;
    const finite = (n: number, digits = 0) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : 0);
    return {
      smallTargets, smallPrimary, bodyFontPx, horizontalScroll, wayBack, tightLines: [...tightLines].slice(0, 5),
      minTextPx: finite(minTextPx, 1), minTargetPx: finite(minTargetPx), minPrimaryPx: finite(minPrimaryPx), minLineHeight: finite(minLineHeight, 2),
    };
  }, TARGETS);
  return { axeSerious, ...figures };
};

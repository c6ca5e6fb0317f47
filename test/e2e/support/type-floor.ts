import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** At 特大 nothing meant for reading is set under the root size (30 px): the tour checks every page it visits at 320 px. */
export const TYPE_FLOOR_PX = 30;

/**
 * What is not text for reading, or not ours to size, with the reason. Kept short on purpose: a new entry
 * needs a reason a reviewer accepts.
 */
export const TYPE_FLOOR_EXCEPTIONS: ReadonlyArray<{ selector: string; why: string }> = [
  // Taro's H5 picker draws its wheel rows at a fixed 34 px height; the common choices above the wheel are the large way (PickerButton).
  { selector: '.weui-picker, .taro-picker__mask-overlay', why: 'the wheel picker: fixed rows in Taro, large choices are offered above it' },
];

export interface SmallText {
  text: string;
  px: number;
}

/** The visible text nodes on the page on show set below `floor` px, outside the exceptions: how many, and the 20 smallest. */
export const smallTexts = (page: Page, floor = TYPE_FLOOR_PX): Promise<{ smallest: number; count: number; small: SmallText[] }> =>
  page.evaluate(({ floorPx, skip }) => {
    const root = document.querySelector('.taro_page_show') ?? document.body;
    const seen: Array<{ text: string; px: number }> = [];
    let smallest = Infinity;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const el = node.parentElement;
      if (!text || !el || el.closest(skip)) continue;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Not drawn, or a 1 px box for screen readers: nothing anyone reads by eye.
      if (r.width < 2 || r.height < 2 || style.visibility === 'hidden' || style.opacity === '0' || !el.checkVisibility?.()) continue;
      const px = parseFloat(style.fontSize);
      smallest = Math.min(smallest, px);
      if (px < floorPx) seen.push({ text: text.slice(0, 16), px });
    }
    seen.sort((a, b) => a.px - b.px);
    return { smallest: Number.isFinite(smallest) ? smallest : 0, count: seen.length, small: seen.slice(0, 20) };
  }, { floorPx: floor, skip: TYPE_FLOOR_EXCEPTIONS.map((e) => e.selector).join(',') });

export interface FloorRow {
  page: string;
  smallestPx: number;
  underFloor: number;
}

/** The table the tour prints and keeps beside the gallery's pictures: page → smallest size, texts under the floor. */
export const writeTypeFloor = (rows: FloorRow[], dir: string): string => {
  mkdirSync(dir, { recursive: true });
  const json = path.join(dir, 'type-floor-320-xlarge.json');
  writeFileSync(json, `${JSON.stringify({ floorPx: TYPE_FLOOR_PX, exceptions: TYPE_FLOOR_EXCEPTIONS, pages: rows }, null, 1)}\n`);
  const table = ['| page | smallest text px | texts under 30 px |', '|---|---|---|', ...rows.map((r) => `| ${r.page} | ${r.smallestPx} | ${r.underFloor} |`)].join('\n');
  const md = `# Type at 特大 on 320 px (floor ${TYPE_FLOOR_PX} px)\n\n${rows.length} pages; the smallest text: ${Math.min(...rows.map((r) => r.smallestPx))} px.\n\nExceptions:\n${TYPE_FLOOR_EXCEPTIONS.map((e) => `- \`${e.selector}\`: ${e.why}`).join('\n')}\n\n${table}\n`;
  writeFileSync(path.join(dir, 'type-floor-320-xlarge.md'), md);
  console.log(md);
  return json;
};

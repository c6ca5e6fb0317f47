import type { BrowserContext } from 'playwright-core';

/** The two ends of the app's 字号 setting, the ones every page must fit: 标准 and 特大 (client/ui/font-scale/store.ts). */
export type Font = 'standard' | 'xlarge';

/** Body text floor per setting: 18 px at 标准; 特大 sets the root at 30 px, so body must follow. */
export const MIN_BODY_PX: Record<Font, number> = { standard: 18, xlarge: 30 };

/** Every width × type combination a role's main journey walks: the narrowest phones (320, 375 px) at both ends of 字号. */
export const COMBOS: ReadonlyArray<readonly [number, Font]> = [
  [320, 'standard'], [375, 'standard'], [320, 'xlarge'], [375, 'xlarge'],
];

/** Sets the 字号 the app starts with, before any page script runs; Taro keeps storage as JSON {data}. */
export const useFontScale = async (context: BrowserContext, scale: Font | string): Promise<void> => {
  await context.addInitScript((s) => localStorage.setItem('yl.fontScale', JSON.stringify({ data: s })), scale);
};

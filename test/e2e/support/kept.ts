import type { Page } from 'playwright-core';

/** What the app keeps on the phone under `key` (Taro H5 storage wraps it as `{ data: { value } }`), or null. */
export const storageOf = (page: Page, key: string) =>
  page.evaluate((k) => {
    const raw = localStorage.getItem(k);
    return raw ? (JSON.parse(raw) as { data: { value: Record<string, unknown> } }).data.value : null;
  }, key);

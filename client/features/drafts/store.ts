import Taro from '@tarojs/taro';

/**
 * Drafts, for a weak network: what a reader has typed or how far they have read, kept on the
 * phone (Taro storage; localStorage on H5) so a dropped connection or an app restart loses nothing.
 * One entry per form or reader, under `yl.draft.<key>`.
 */
export interface Draft<T> {
  value: T;
  savedAt: number;
}

const PREFIX = 'yl.draft.';
/** A draft older than this is stale: the reader has moved on, and old text would only confuse. */
export const DRAFT_MAX_AGE_MS = 30 * 24 * 3600 * 1000;

export function readDraft<T>(key: string): Draft<T> | null {
  try {
    const d = Taro.getStorageSync(PREFIX + key) as Draft<T> | '' | undefined;
    if (!d || typeof d !== 'object' || !('value' in d)) return null;
    if (Date.now() - d.savedAt > DRAFT_MAX_AGE_MS) {
      clearDraft(key);
      return null;
    }
    return d;
  } catch {
    return null;
  }
}

export function writeDraft<T>(key: string, value: T): void {
  try {
    Taro.setStorageSync(PREFIX + key, { value, savedAt: Date.now() } satisfies Draft<T>);
  } catch {
    // storage full or unavailable: the form still works, it just is not kept
  }
}

export function clearDraft(key: string): void {
  try {
    Taro.removeStorageSync(PREFIX + key);
  } catch {
    // nothing to clear
  }
}

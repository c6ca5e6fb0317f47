import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';
import { scaleForWeChatFont } from './wechat-font';

/**
 * The reader's type size (18px body by default, a larger setting that reaches ≥ 30px).
 * Kept in local storage so it survives restarts. 1rem of every page follows it.
 */
export const FONT_SCALES = ['standard', 'large', 'xlarge'] as const;
export type FontScale = (typeof FONT_SCALES)[number];

export const FONT_SCALE_LABELS: Record<FontScale, string> = {
  standard: '标准',
  large: '大',
  xlarge: '特大',
};

/** Root font size in px at each setting: 18 → 22.5 → 30. */
export const ROOT_PX: Record<FontScale, number> = { standard: 18, large: 22.5, xlarge: 30 };

const KEY = 'yl.fontScale';
const listeners = new Set<() => void>();

/** WeChat's own font setting in px (weapp only; getAppBaseInfo from base library 2.23.4, else the older getSystemInfoSync). */
function wechatFontPx(): number | undefined {
  if (process.env.TARO_ENV !== 'weapp') return undefined;
  try {
    const info = (typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo() : Taro.getSystemInfoSync()) as { fontSizeSetting?: number };
    return Number(info.fontSizeSetting) || undefined;
  } catch {
    return undefined;
  }
}

/** The reader's own choice if they made one; otherwise where WeChat's font setting puts them. */
function read(): FontScale {
  try {
    const v = Taro.getStorageSync(KEY);
    if ((FONT_SCALES as readonly string[]).includes(v)) return v as FontScale;
  } catch {
    // storage unavailable: start from WeChat's setting
  }
  return scaleForWeChatFont(wechatFontPx());
}

let current: FontScale | null = null;

export function getFontScale(): FontScale {
  if (current === null) current = read();
  return current;
}

export function setFontScale(scale: FontScale): void {
  current = scale;
  try {
    Taro.setStorageSync(KEY, scale);
  } catch {
    // storage full or unavailable: the choice still holds for this session
  }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useFontScale(): FontScale {
  return useSyncExternalStore(subscribe, getFontScale, getFontScale);
}

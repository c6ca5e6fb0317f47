import type { FontScale } from './store';

/**
 * The starting 字的大小 for someone who has not chosen one in 我的: WeChat's own font setting (我 → 设置 →
 * 通用 → 字体大小, px), which many elders have already enlarged (关怀模式 among them). WeChat's standard
 * is 16px on Android and 17px on iOS; from 22px up WeChat's own guidance treats the reader as needing the
 * elder layout. Unknown (H5, an old base library) starts at 标准.
 */
export const scaleForWeChatFont = (px: number | undefined): FontScale => {
  if (!px || !Number.isFinite(px)) return 'standard';
  if (px >= 22) return 'xlarge';
  if (px >= 19) return 'large';
  return 'standard';
};

import type { FontScale } from '../../ui/font-scale/store';

/**
 * The line under 字的大小: it names the next size up, and at the largest size it does not send the
 * reader looking for a bigger one that is not there — it points to 朗读 instead.
 */
export const fontSizeHint = (scale: FontScale): string => {
  if (scale === 'xlarge') return '现在已经是最大的字了。看着还费劲，可以点课程里的“朗读”听。';
  if (scale === 'large') return '现在的字就是这么大。看着费劲就选“特大”。';
  return '现在的字就是这么大。看着费劲就选大一档。';
};

import Taro from '@tarojs/taro';

/**
 * A lesson picture full screen. In the mini-program this is WeChat's own viewer (pinch to zoom, save);
 * the H5 build has its own light overlay (image-preview.h5.ts): Taro's H5 previewImage brings a 160 KB
 * carousel library into the lesson page for one picture at a time.
 */
export const previewImage = (url: string): void => {
  void Taro.previewImage({ urls: [url] });
};

import Taro from '@tarojs/taro';
import type { Recorder, Recording } from './upload-recorder';

/** weapp: the one recorder manager, mp3 at speech quality, at most 10 minutes (WeChat's limit). */
export const createRecorder = (): Recorder => {
  const manager = Taro.getRecorderManager();
  let stopped: ((r: Recording | null) => void) | null = null;
  manager.onStop((res) => {
    const done = stopped;
    stopped = null;
    if (!done) return;
    if (!res.tempFilePath || !res.duration) return done(null);
    done({
      file: { name: res.tempFilePath, size: res.fileSize, previewUrl: res.tempFilePath, source: res.tempFilePath },
      seconds: Math.max(1, Math.round(res.duration / 1000)),
    });
  });
  return {
    start: () =>
      new Promise((resolve) => {
        manager.onStart(() => resolve(null));
        manager.onError(() => resolve('没能开始录音，请允许小程序使用麦克风后再试'));
        manager.start({ duration: 600_000, format: 'mp3', sampleRate: 16000, numberOfChannels: 1, encodeBitRate: 48000 });
      }),
    stop: () =>
      new Promise((resolve) => {
        stopped = resolve;
        manager.stop();
      }),
  };
};

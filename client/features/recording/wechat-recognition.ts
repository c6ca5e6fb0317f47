import type { Heard, VoiceCapture } from './voice-take';

/**
 * The recognition manager of WeChat's 同声传译 plug-in (`requirePlugin('WechatSI').getRecordRecognitionManager()`),
 * as far as the app uses it: handlers are assigned, not registered; onStop brings the recording (an mp3 temp
 * file) and the words together; a take stops by itself at `duration` (60 s at most).
 */
export interface RecognitionManager {
  start(options: { duration: number; lang: 'zh_CN' }): void;
  stop(): void;
  onStart: ((res: unknown) => void) | null;
  onStop: ((res: { tempFilePath?: string; duration?: number; fileSize?: number; result?: string }) => void) | null;
  onError: ((res: { retcode?: number; msg?: string }) => void) | null;
}

/** The plug-in's longest take. */
export const WECHAT_SI_MAX_SECONDS = 60;

/**
 * On weapp one recorder runs at a time, so the plug-in's manager is the recorder: its onStop answers the
 * file that is uploaded and the words that go into the box. An error (‑30004 nothing recognised, no
 * network, …) gives no words; a take that ended by itself at the limit is kept until stop() asks for it.
 */
export const fromRecognitionManager = (manager: RecognitionManager): VoiceCapture => {
  let starting: ((problem: string | null) => void) | null = null;
  let stopping: ((heard: Heard) => void) | null = null;
  let early: Heard | null = null;
  const settle = (heard: Heard) => {
    const done = stopping;
    stopping = null;
    if (done) done(heard);
    else early = heard;
  };
  manager.onStart = () => {
    starting?.(null);
    starting = null;
  };
  manager.onStop = (res) => {
    const recording = res.tempFilePath && res.duration
      ? { file: { name: res.tempFilePath, size: res.fileSize ?? 0, previewUrl: res.tempFilePath, source: res.tempFilePath }, seconds: Math.max(1, Math.round(res.duration / 1000)) }
      : null;
    settle({ recording, text: res.result?.trim() || null });
  };
  manager.onError = () => {
    if (starting) {
      starting('没能开始录音，请允许小程序使用麦克风后再试');
      starting = null;
      return;
    }
    // Recognition failed after the take began: no words; the plug-in may still call onStop with the file.
    if (stopping) settle({ recording: null, text: null });
  };
  return {
    listens: true,
    maxSeconds: WECHAT_SI_MAX_SECONDS,
    start: () =>
      new Promise((resolve) => {
        early = null;
        starting = resolve;
        try {
          manager.start({ duration: WECHAT_SI_MAX_SECONDS * 1000, lang: 'zh_CN' });
        } catch {
          starting = null;
          resolve('这里不能录音');
        }
      }),
    stop: () =>
      new Promise((resolve) => {
        if (early) {
          const heard = early;
          early = null;
          return resolve(heard);
        }
        stopping = resolve;
        manager.stop();
      }),
  };
};

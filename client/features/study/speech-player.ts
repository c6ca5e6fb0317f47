import { createChunkReader, wechatSI } from '../../ui/wechat-si';

/**
 * Chunked read-aloud with pause, resume and speed. weapp (this file): WeChat's 同声传译 plug-in
 * (ui/wechat-si.ts), declared in app.config for the weapp build; where it cannot be loaded the player
 * says so in plain words and the lesson stays readable in large type.
 * H5: speech-player.h5.ts (the browser's speechSynthesis).
 */
export interface SpeechPlayer {
  available: boolean;
  unavailableText: string;
  /** Reads `chunks` from `from`; onChunk reports progress, onEnd when the last chunk is done. */
  start(chunks: string[], rate: number, onChunk: (index: number) => void, onEnd: () => void): void;
  pause(): void;
  resume(): void;
  stop(): void;
  /** Set after a chunk could not be read (usually no network); cleared by the next start. */
  failed?: () => boolean;
}

const UNAVAILABLE = '这台手机的微信暂时不能朗读（需要微信“同声传译”插件）。您可以到“我的”里把字调大一些再看。';

export const createSpeechPlayer = (): SpeechPlayer => {
  const plugin = wechatSI();
  if (!plugin) {
    return { available: false, unavailableText: UNAVAILABLE, start: () => undefined, pause: () => undefined, resume: () => undefined, stop: () => undefined };
  }
  const reader = createChunkReader(plugin);
  let failed = false;
  return {
    available: true,
    unavailableText: '朗读没有成功，请检查网络后再点一次。',
    start(chunks, rate, onChunk, onEnd) {
      failed = false;
      reader.start(chunks, rate, {
        onChunk,
        onEnd,
        onFail: () => {
          failed = true;
          onEnd();
        },
      });
    },
    pause: () => reader.pause(),
    resume: () => reader.resume(),
    stop: () => reader.stop(),
    failed: () => failed,
  };
};

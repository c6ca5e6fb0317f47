import { createChunkReader, wechatSI } from '../../ui/wechat-si';

/**
 * Chunked read-aloud with pause, resume and speed. weapp (this file): WeChat's 同声传译 plug-in
 * (ui/wechat-si.ts), declared in app.config for the weapp build; where it cannot be loaded the player
 * says so in plain words and the lesson stays readable in large type.
 * H5: speech-player.h5.ts (the browser's speechSynthesis).
 */
export interface SpeechHandlers {
  /** A chunk starts (its index in the chunks given to start). */
  onChunk: (index: number) => void;
  /** The last chunk is done. */
  onEnd: () => void;
  /** A chunk could not be read (no network, the engine gave up): reading stops there. Never "finished". */
  onFail: () => void;
}

export interface SpeechPlayer {
  /**
   * Whether reading aloud is possible here: null if so, else what to tell the reader (plain words, and
   * what to do instead). May take a moment the first time (a browser loads its voices); then it is known.
   */
  check(): Promise<string | null>;
  /** What is known already without waiting: undefined while still finding out. */
  known(): string | null | undefined;
  /** What to say when a chunk failed. */
  failText: string;
  /** Reads `chunks` from the first; a speed change is a new start from the chunk being read. */
  start(chunks: string[], rate: number, handlers: SpeechHandlers): void;
  pause(): void;
  resume(): void;
  stop(): void;
}

const UNAVAILABLE = '这台手机的微信暂时不能朗读（需要微信“同声传译”插件）。您可以到“我的”里把字调大一些再看。';
const FAILED = '朗读停住了，没有读完，多半是网络不好。请检查网络后点“接着朗读”；也可以先看大字。';

export const createSpeechPlayer = (): SpeechPlayer => {
  const plugin = wechatSI();
  const verdict = plugin ? null : UNAVAILABLE;
  const reader = plugin ? createChunkReader(plugin) : null;
  return {
    check: () => Promise.resolve(verdict),
    known: () => verdict,
    failText: FAILED,
    start(chunks, rate, handlers) {
      reader?.start(chunks, rate, handlers);
    },
    pause: () => reader?.pause(),
    resume: () => reader?.resume(),
    stop: () => reader?.stop(),
  };
};

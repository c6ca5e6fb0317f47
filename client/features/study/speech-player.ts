/**
 * Chunked read-aloud with pause, resume and speed. weapp (this file): WeChat's 同声传译 plug-in is not
 * wired in yet, so the player says so in plain words and the lesson stays readable in large type.
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
}

export const createSpeechPlayer = (): SpeechPlayer => ({
  available: false,
  unavailableText: '小程序里的朗读需要微信“同声传译”插件，暂时还不能用。您可以到“我的”里把字调大一些再看。',
  start: () => undefined,
  pause: () => undefined,
  resume: () => undefined,
  stop: () => undefined,
});

/**
 * Read-aloud engine. weapp (this file): not available yet — WeChat needs its speech plug-in, which the
 * study issue adds — so the button says so in plain words. H5 uses the browser's speechSynthesis
 * (speech.h5.ts).
 */
export interface Speech {
  available: boolean;
  /** Why reading aloud is not possible here, for the reader. */
  unavailableText: string;
  speak(text: string, onEnd: () => void): boolean;
  stop(): void;
}

export const speech: Speech = {
  available: false,
  unavailableText: '小程序里的朗读功能即将开通。现在可以到“我的”里把字调大一些再看。',
  speak: () => false,
  stop: () => undefined,
};

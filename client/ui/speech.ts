import { speechChunks } from '@contract/lesson-body';
import { createChunkReader, wechatSI } from './wechat-si';

/**
 * Read-aloud engine. weapp (this file): WeChat's 同声传译 plug-in (wechat-si.ts), the text read in
 * sentence chunks one after another; where the plug-in is not there the button says so in plain words.
 * H5 uses the browser's speechSynthesis (speech.h5.ts).
 */
export interface Speech {
  available: boolean;
  /** Why reading aloud is not possible here, for the reader. */
  unavailableText: string;
  speak(text: string, onEnd: () => void): boolean;
  stop(): void;
}

const plugin = wechatSI();
let reader: ReturnType<typeof createChunkReader> | null = null;

export const speech: Speech = {
  available: !!plugin,
  unavailableText: '这台手机的微信暂时不能朗读（需要微信“同声传译”插件）。您可以到“我的”里把字调大一些再看。',
  speak(text, onEnd) {
    if (!plugin) return false;
    reader = reader ?? createChunkReader(plugin);
    reader.start(speechChunks(text), 0.85, { onChunk: () => undefined, onEnd, onFail: onEnd });
    return true;
  },
  stop() {
    reader?.stop();
  },
};

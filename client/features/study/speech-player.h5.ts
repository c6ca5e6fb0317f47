import type { SpeechPlayer } from './speech-player';

/**
 * H5: the browser's speechSynthesis, one chunk (a few sentences) at a time, so long lessons do not hit
 * engines' length limits, pause/resume work between and within chunks, and a speed change takes effect
 * at the current chunk.
 */
export const createSpeechPlayer = (): SpeechPlayer => {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
  let queue: string[] = [];
  let index = 0;
  let rate = 0.85;
  let generation = 0;
  let handlers: { onChunk: (i: number) => void; onEnd: () => void } | null = null;

  const speakCurrent = () => {
    if (!synth || !handlers) return;
    const gen = generation;
    if (index >= queue.length) {
      handlers.onEnd();
      return;
    }
    const u = new SpeechSynthesisUtterance(queue[index]);
    u.lang = 'zh-CN';
    u.rate = rate;
    u.onend = () => {
      if (gen !== generation) return;
      index += 1;
      speakCurrent();
    };
    u.onerror = () => {
      if (gen !== generation) return;
      handlers?.onEnd();
    };
    handlers.onChunk(index);
    synth.speak(u);
  };

  return {
    available: !!synth,
    unavailableText: '这个浏览器不能朗读，请换用手机微信打开。',
    start(chunks, r, onChunk, onEnd) {
      if (!synth) return;
      generation += 1;
      synth.cancel();
      queue = chunks;
      // A new start at the same text (speed change) keeps the place; a new text starts at the top.
      if (r === rate || index >= chunks.length) index = 0;
      rate = r;
      handlers = { onChunk, onEnd };
      speakCurrent();
    },
    pause() {
      synth?.pause();
    },
    resume() {
      synth?.resume();
    },
    stop() {
      generation += 1;
      index = 0;
      synth?.cancel();
    },
  };
};

import type { Speech } from './speech';

const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;

/** H5: the browser's own speech synthesis, in Mandarin, a little slower than default. */
export const speech: Speech = {
  available: !!synth,
  unavailableText: '这个浏览器不能朗读，请换用手机微信打开。',
  speak(text, onEnd) {
    if (!synth) return false;
    synth.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.lang = 'zh-CN';
    u.rate = 0.85;
    u.onend = onEnd;
    u.onerror = onEnd;
    synth.speak(u);
    return true;
  },
  stop() {
    synth?.cancel();
  },
};

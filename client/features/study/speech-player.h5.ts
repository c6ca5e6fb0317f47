import type { SpeechPlayer } from './speech-player';

/**
 * H5: the browser's speechSynthesis, one chunk (a sentence or two) at a time, so long lessons do not hit
 * engines' length limits and pause/resume work between and within chunks. Reading aloud needs a Chinese
 * voice: a browser without one (many computers, headless browsers) cannot read the lesson, and the page
 * says so before anyone taps, instead of a button that flips back. An engine error is a failure the
 * reader is told about, never taken as "finished".
 */
const NO_ENGINE = '这里不能朗读：这个浏览器没有朗读功能。请用手机微信打开“银铃e家”再听，或者先看大字。';
const NO_VOICE = '这里不能朗读：这台设备上没有中文朗读的声音。请用手机微信打开“银铃e家”再听，或者请家人在设置里装上中文语音。';
const FAILED = '朗读停住了，没有读完。请再点“接着朗读”；还是不行，就先看大字。';
/** Browsers load their voices a moment after the page; wait at most this long for them. */
const VOICE_WAIT_MS = 1500;
const CHINESE = /^(zh|cmn|yue)\b/i;

export const createSpeechPlayer = (): SpeechPlayer => {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
  let verdict: string | null | undefined = synth ? undefined : NO_ENGINE;
  let checking: Promise<string | null> | null = null;
  let queue: string[] = [];
  let index = 0;
  let rate = 0.85;
  let generation = 0;
  let handlers: Parameters<SpeechPlayer['start']>[2] | null = null;

  const hasChinese = () => !!synth?.getVoices().some((v) => CHINESE.test(v.lang.replace('_', '-')));

  const check = (): Promise<string | null> => {
    if (verdict !== undefined) return Promise.resolve(verdict);
    if (!synth) return Promise.resolve(NO_ENGINE);
    checking ??= new Promise((resolve) => {
      const decide = () => {
        synth.removeEventListener('voiceschanged', changed);
        clearTimeout(timer);
        verdict = hasChinese() ? null : NO_VOICE;
        resolve(verdict);
      };
      const changed = () => {
        if (synth.getVoices().length) decide();
      };
      synth.addEventListener('voiceschanged', changed);
      const timer = setTimeout(decide, synth.getVoices().length ? 0 : VOICE_WAIT_MS);
    });
    return checking;
  };

  const speakCurrent = () => {
    if (!synth || !handlers) return;
    const gen = generation;
    if (index >= queue.length) {
      handlers.onEnd();
      return;
    }
    const u = new SpeechSynthesisUtterance(queue[index]);
    u.lang = 'zh-CN';
    const voice = synth.getVoices().find((v) => CHINESE.test(v.lang.replace('_', '-')));
    if (voice) u.voice = voice;
    u.rate = rate;
    u.onend = () => {
      if (gen !== generation) return;
      index += 1;
      speakCurrent();
    };
    u.onerror = (e) => {
      // Our own stop or restart cancels the utterance: that is not a failure.
      if (gen !== generation || e.error === 'interrupted' || e.error === 'canceled') return;
      generation += 1;
      handlers?.onFail();
    };
    handlers.onChunk(index);
    synth.speak(u);
  };

  return {
    check,
    known: () => verdict,
    failText: FAILED,
    start(chunks, r, next) {
      if (!synth) return;
      generation += 1;
      synth.cancel();
      queue = chunks;
      index = 0;
      rate = r;
      handlers = next;
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

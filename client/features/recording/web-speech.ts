/** The part of the Web Speech API's SpeechRecognition the app uses (lib.dom does not declare it). */
export interface SpeechRecognitionLike {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((e: { resultIndex: number; results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }> }) => void) | null;
  onerror: ((e: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
}
export type SpeechRecognitionClass = new () => SpeechRecognitionLike;

/** How long to wait after stop() for the recogniser's last words before giving up on them. */
const LAST_WORDS_MS = 3000;

/**
 * Listens in Chinese until stop(), which answers everything heard (each result's best guess, in order),
 * or null when nothing was heard or the recogniser failed (no network, no permission): the recording
 * then stands alone. Never throws.
 */
export const webSpeechListener = (Recognition: SpeechRecognitionClass) => {
  const heard: string[] = [];
  let failed = false;
  let ended = false;
  let onEnded: (() => void) | null = null;
  const end = () => {
    ended = true;
    onEnded?.();
  };
  let recognition: SpeechRecognitionLike | null = null;
  try {
    recognition = new Recognition();
    recognition.lang = 'zh-CN';
    recognition.continuous = true;
    recognition.interimResults = true;
    recognition.onresult = (e) => {
      for (let i = e.resultIndex; i < e.results.length; i += 1) heard[i] = e.results[i][0]?.transcript ?? '';
    };
    recognition.onerror = () => {
      failed = true;
    };
    recognition.onend = end;
    recognition.start();
  } catch {
    failed = true;
    ended = true;
  }
  const words = () => {
    const text = heard.join('').trim();
    return failed && !text ? null : text || null;
  };
  return {
    stop: (): Promise<string | null> =>
      new Promise((resolve) => {
        if (ended) return resolve(words());
        const timer = setTimeout(() => resolve(words()), LAST_WORDS_MS);
        onEnded = () => {
          clearTimeout(timer);
          resolve(words());
        };
        try {
          recognition?.stop();
        } catch {
          end();
        }
      }),
  };
};

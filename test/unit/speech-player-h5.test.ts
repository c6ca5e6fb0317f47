/**
 * H5 朗读 over the browser's speechSynthesis. The browser's engine is the boundary:
 * a stand-in with a voice list, a voiceschanged event and utterances that end or fail on command.
 */
interface FakeUtterance {
  text: string;
  lang: string;
  rate: number;
  voice?: unknown;
  onend?: () => void;
  onerror?: (e: { error: string }) => void;
}
const spoken: FakeUtterance[] = [];
let voices: Array<{ lang: string; name: string }> = [];
const listeners: Array<() => void> = [];
const synth = {
  getVoices: () => voices,
  addEventListener: (_: string, f: () => void) => void listeners.push(f),
  removeEventListener: (_: string, f: () => void) => void listeners.splice(listeners.indexOf(f), 1),
  speak: (u: FakeUtterance) => void spoken.push(u),
  cancel: () => undefined,
  pause: () => undefined,
  resume: () => undefined,
};
(globalThis as Record<string, unknown>).window = { speechSynthesis: synth };
(globalThis as Record<string, unknown>).SpeechSynthesisUtterance = function (this: FakeUtterance, text: string) {
  this.text = text;
};

import { createSpeechPlayer } from '../../client/features/study/speech-player.h5';

beforeEach(() => {
  spoken.length = 0;
  voices = [];
  listeners.length = 0;
  jest.useFakeTimers();
});
afterEach(() => jest.useRealTimers());

describe('H5 read-aloud engine', () => {
  it('with no Chinese voice (a headless or bare browser), says plainly that it cannot read here and what to do', async () => {
    const player = createSpeechPlayer();
    expect(player.known()).toBeUndefined();
    const verdict = player.check();
    // The voice list arrives empty (as headless Chromium does), then the wait runs out.
    listeners.forEach((f) => f());
    jest.advanceTimersByTime(1500);
    const text = await verdict;
    expect(text).toContain('这里不能朗读');
    expect(text).toContain('请用手机微信打开');
    expect(text).not.toMatch(/[A-Za-z]{2,}/); // plain Chinese (the app's name 银铃e家 aside)
    expect(player.known()).toBe(text);
  });

  it('an English-only voice list is not enough; a Chinese voice arriving late is', async () => {
    voices = [{ lang: 'en-US', name: 'English' }];
    const english = createSpeechPlayer().check();
    jest.advanceTimersByTime(0);
    expect(await english).toContain('没有中文朗读的声音');

    voices = [];
    const player = createSpeechPlayer();
    const verdict = player.check();
    voices = [{ lang: 'zh-CN', name: 'Tingting' }];
    listeners.forEach((f) => f());
    expect(await verdict).toBeNull();
  });

  it('a speech error is a failure, never "finished"; its own stop is neither', async () => {
    voices = [{ lang: 'zh_CN', name: 'Mandarin' }];
    const player = createSpeechPlayer();
    const verdict = player.check();
    jest.advanceTimersByTime(0);
    expect(await verdict).toBeNull();
    const events: string[] = [];
    player.start(['第一句。', '第二句。'], 0.85, { onChunk: (i) => events.push(`chunk ${i}`), onEnd: () => events.push('end'), onFail: () => events.push('fail') });
    expect(spoken[0]).toMatchObject({ text: '第一句。', lang: 'zh-CN', voice: voices[0] });
    spoken[0].onend?.();
    spoken[1].onerror?.({ error: 'synthesis-failed' });
    expect(events).toEqual(['chunk 0', 'chunk 1', 'fail']);

    player.start(['再读一遍。'], 0.85, { onChunk: () => undefined, onEnd: () => events.push('end'), onFail: () => events.push('fail') });
    player.stop();
    spoken[2].onerror?.({ error: 'interrupted' });
    expect(events).toEqual(['chunk 0', 'chunk 1', 'fail']);
  });
});

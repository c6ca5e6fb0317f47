import type { Page } from 'playwright-core';

/** What the fake recogniser "hears": a fixed zh-CN sentence. */
export const HEARD = '腿脚不太方便，上下楼要人扶';

/**
 * Chromium's own recogniser sends the audio to Google, which this machine cannot reach: before the page loads,
 * `webkitSpeechRecognition` (and `SpeechRecognition`) become a stand-in that answers `transcript` as one final
 * result shortly after it starts and ends when stopped, as the real one does with the network. The microphone
 * is the fake one (fake-microphone.ts); this only replaces the recognition.
 */
export const fakeRecogniser = async (page: Page, transcript = HEARD): Promise<void> => {
  // Sent as source text: a function would be compiled for Node first (class fields become helper calls the page lacks).
  await page.addInitScript({
    content: `(() => {
      const words = ${JSON.stringify(transcript)};
      function FakeRecognition() {
        this.lang = ''; this.continuous = false; this.interimResults = false;
        this.onresult = null; this.onerror = null; this.onend = null;
      }
      FakeRecognition.prototype.start = function () {
        const result = Object.assign([{ transcript: words, confidence: 0.9 }], { isFinal: true });
        setTimeout(() => this.onresult && this.onresult({ resultIndex: 0, results: [result] }), 300);
      };
      FakeRecognition.prototype.stop = function () { setTimeout(() => this.onend && this.onend(), 50); };
      FakeRecognition.prototype.abort = FakeRecognition.prototype.stop;
      window.webkitSpeechRecognition = FakeRecognition;
      window.SpeechRecognition = FakeRecognition;
    })();`,
  });
};

/** A browser without the Web Speech API (Firefox, most in-app browsers): the recording alone is sent. */
export const noRecogniser = async (page: Page): Promise<void> => {
  await page.addInitScript(() => {
    for (const name of ['webkitSpeechRecognition', 'SpeechRecognition']) {
      Object.defineProperty(window, name, { value: undefined, configurable: true, writable: true });
    }
  });
};

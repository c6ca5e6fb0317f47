import type { Page } from 'playwright-core';

/**
 * The browsers here have no microphone: before the page loads, getUserMedia answers a real audio stream
 * (a tone from an oscillator), so MediaRecorder records real m4a the app then uploads.
 */
export const fakeMicrophone = async (page: Page): Promise<void> => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = async () => {
      const ctx = new AudioContext();
      const osc = ctx.createOscillator();
      const dest = ctx.createMediaStreamDestination();
      osc.connect(dest);
      osc.start();
      return dest.stream;
    };
  });
};

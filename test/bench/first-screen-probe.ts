import type { Browser } from 'playwright-core';

/**
 * One first-screen sample: a fresh browser context (empty cache, cookies, storage), the slow phone
 * switched on through CDP before the navigation, and the moment the awaited content is on screen taken
 * inside the page, so the figure is the page's own clock from navigation start, not the bench's.
 */

export { CHROMIUM_ARGS } from '../e2e/support/e2e-env';

export const CPU_SLOWDOWN = 4;

/**
 * DevTools' own "Slow 3G" preset (the one Puppeteer also ships): ~500 kbit/s each way at 80 % goodput
 * (500 * 1000 / 8 * 0.8 = 50 000 bytes/s), and a 400 ms round trip stretched ×5 to 2000 ms, because
 * Chromium adds this latency once per request rather than per packet round trip.
 */
export const SLOW_3G = { latency: 400 * 5, downloadThroughput: (500 * 1000 / 8) * 0.8, uploadThroughput: (500 * 1000 / 8) * 0.8 };

/** What counts as "there": an element matching `selector` whose text includes `text` (any text when ''). */
export interface Target {
  selector: string;
  text: string;
}

export interface Sample {
  ms: number;
  /** Bytes received for every request finished by then, headers included: what the phone's data plan pays. */
  bytes: number;
}

const BINDING = '__benchFirstScreen';
const TIMEOUT_MS = 180_000;

/**
 * Runs in the page before its own scripts. A MutationObserver (no polling, which would compete with the
 * page for the throttled CPU) spots the content; the time is taken in the next animation frame, the
 * closest a page gets to "painted". Visible means laid out and not hidden: Taro H5 keeps pages left
 * behind in the DOM with display none.
 */
const watchFor = ({ selector, text, binding }: Target & { binding: string }) => {
  const seen = () =>
    [...document.querySelectorAll(selector)].some((el) => {
      const words = el.textContent ?? '';
      const hasText = text ? words.includes(text) : words.trim() !== '';
      return hasText && el.getClientRects().length > 0 && el.checkVisibility({ visibilityProperty: true });
    });
  let done = false;
  const check = () => {
    if (done || !seen()) return;
    done = true;
    observer.disconnect();
    // Looked up only now: the binding may be installed after this script starts.
    requestAnimationFrame(() => (window as unknown as Record<string, (ms: number) => void>)[binding](performance.now()));
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
};

export interface SampleOptions {
  url: string;
  target: Target;
  /** Signs the context in through the gateway's dev session cookie. */
  cookie?: { name: string; value: string };
}

export const sampleFirstScreen = async (browser: Browser, { url, target, cookie }: SampleOptions): Promise<Sample> => {
  const context = await browser.newContext({ viewport: { width: 390, height: 760 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  try {
    if (cookie) await context.addCookies([{ ...cookie, url }]);
    let reported: (ms: number) => void = () => undefined;
    const shown = new Promise<number>((resolve) => {
      reported = resolve;
    });
    await context.exposeBinding(BINDING, (_source, ms: number) => reported(ms));
    // Sent as source with a no-op __name first: tsx keeps function names by wrapping inner functions
    // in __name(...), a helper that exists in this process but not in the page.
    const arg = JSON.stringify({ ...target, binding: BINDING });
    await context.addInitScript({ content: `(() => { const __name = (f) => f; (${watchFor.toString()})(${arg}); })();` });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    let bytes = 0;
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_3G });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`first screen: ${target.selector} not shown within ${TIMEOUT_MS / 1000} s at ${url}`)), TIMEOUT_MS);
    });
    try {
      // 'commit' hands back as soon as the response starts: the wait is for the content, not for load events.
      await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
      const ms = await Promise.race([shown, timeout]);
      return { ms: Math.round(ms), bytes };
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await context.close();
  }
};

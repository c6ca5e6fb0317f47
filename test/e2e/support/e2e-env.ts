import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { ensureH5Build } from '../../../cloudfunctions/local/h5-build';
import { H5_DIR } from '../../../cloudfunctions/local/paths';
import { startLocalStack, type LocalStack } from '../../../cloudfunctions/local/stack';
import { SESSION_COOKIE } from '../../../cloudfunctions/local/gateway/server';
import { MIN_BODY_PX, useFontScale, type Font } from './font';

export { COMBOS, type Font } from './font';

export const SCREENSHOT_DIR = path.resolve(__dirname, '..', 'screenshots');

/**
 * Flags for Debian's Chromium as root on a machine with no outside network: no sandbox (root), no GPU, and
 * none of the background calls (updates, sync, QUIC) that would wait on a network that is not there.
 */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Taro H5 keeps earlier pages in the DOM, hidden; look only inside the page on show. A page a navigateTo
 * covered keeps `taro_page_show` under the new one, marked `taro_page_shade` (and display: none) once the
 * new one has slid in; until then both are unshaded, and the newer one is later in the document.
 */
export const shown = (page: Page) => page.locator('.taro_page_show:not(.taro_page_shade)').last();

export interface E2E {
  url: string;
  stack: LocalStack;
  browser: Browser;
  /** A fresh browser context at `width` px and `font` type (标准 unless told), signed in as `openid` when given. */
  open(width: number, openid?: string, font?: Font): Promise<Page>;
  /** Saves `<role>-<page>-<width>-<font>.png` (the review set); the font is the page's own unless told. */
  shot(page: Page, role: string, name: string, width: number, font?: string): Promise<void>;
  /** Calls the API as `openid` through the gateway, as a script would. */
  api(openid: string, fn: string, action: string, input: unknown): Promise<{ ok: boolean; data?: unknown; error?: { code: string } }>;
  close(): Promise<void>;
}

/**
 * The real thing, end to end: the H5 build served by the gateway, the functions in-process, the SDK
 * talking to the emulator on a fresh data folder seeded with the demo county, and Debian's Chromium.
 */
export const startE2E = async (): Promise<E2E> => {
  ensureH5Build();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yinling-e2e-'));
  const stack = await startLocalStack({ dataDir, port: 0, h5Dir: H5_DIR });
  // launch() gives every run a fresh, throw-away profile, which is what the flag list asks for.
  const browser = await chromium
    .launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
    .catch(async (error) => {
      await stack.close();
      throw error;
    });
  const url = stack.gateway.url;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    url,
    stack,
    browser,
    open: async (width, openid, font = 'standard') => {
      const context = await browser.newContext({ viewport: { width, height: 760 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      if (openid) await context.addCookies([{ name: SESSION_COOKIE, value: openid, url }]);
      if (font !== 'standard') await useFontScale(context, font);
      const page = await context.newPage();
      FONT_OF.set(page, font);
      return page;
    },
    shot: async (page, role, name, width, font = fontOf(page)) => {
      // Taro H5 scrolls inside the page element, so a "full page" shot would stop at the viewport:
      // grow the viewport to the page's own height for the picture, then put it back.
      const viewport = page.viewportSize() ?? { width, height: 760 };
      // Right after a navigation the page left behind can still carry .taro_page_show (hidden, height 0):
      // measure every page marked on show, not just the first in the DOM.
      const height = await page.evaluate(() => Math.max(
        document.documentElement.scrollHeight,
        ...[...document.querySelectorAll('.taro_page_show')].map((el) => el.scrollHeight),
      ));
      await page.setViewportSize({ width: viewport.width, height: Math.min(Math.max(height, viewport.height), 6000) });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${role}-${name}-${width}-${font}.png`) });
      await page.setViewportSize(viewport);
    },
    api: async (openid, fn, action, input) => {
      const res = await fetch(`${url}/api/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dev-openid': openid },
        body: JSON.stringify({ action, input, requestId: `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}` }),
      });
      return res.json() as Promise<{ ok: boolean; data?: unknown; error?: { code: string } }>;
    },
    close: async () => {
      await browser.close();
      await stack.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

/** What a journey file works with: its stack and browser, and `go` to a page of the app by its path. */
export interface Journey extends Omit<E2E, 'close'> {
  /** Opens `/#<path>` of the app served by this file's stack. */
  go(page: Page, path: string): Promise<unknown>;
}

/**
 * The setup every journey file shares: one local stack and one browser for the describe block it is called
 * in, started before its first test (the H5 build checked, the demo county seeded) and closed after its
 * last. Its fields are read in tests and hooks, once the stack is up; a file that seeds more data adds its
 * own beforeAll after this call, which jest runs after this one.
 */
export const useE2E = (): Journey => {
  let current: E2E | undefined;
  const up = (): E2E => {
    if (!current) throw new Error('the e2e stack is not up: use it inside a test or a hook, after useE2E()');
    return current;
  };
  beforeAll(async () => {
    current = await startE2E();
  }, 180_000);
  afterAll(() => current?.close());
  return {
    get url() { return up().url; },
    get stack() { return up().stack; },
    get browser() { return up().browser; },
    open: (width, openid, font) => up().open(width, openid, font),
    shot: (page, role, name, width, font) => up().shot(page, role, name, width, font),
    api: (openid, fn, action, input) => up().api(openid, fn, action, input),
    go: (page, path) => page.goto(`${up().url}/#${path}`),
  };
};

/**
 * A big option button by its label; its accessible name also carries the ○/● mark in front. Brackets in
 * a label (党支部（城关镇）) match as plain characters, not as a pattern group.
 */
export const option = (view: Locator, label: string) =>
  view.getByRole('radio', { name: new RegExp(`(^|\\s)${label.replace(/[()（）]/g, '.')}$`) });

/** The type each page was opened at, so checks and pictures follow it without being told. */
const FONT_OF = new WeakMap<Page, Font>();
export const fontOf = (page: Page): Font => FONT_OF.get(page) ?? 'standard';

/** Elder-first layout facts checked on every page a journey passes (tour.e2e.ts runs the full audit). */
export const layoutFacts = (page: Page) =>
  page.evaluate(() => ({
    horizontalScroll: document.documentElement.scrollWidth > window.innerWidth + 1,
    bodyFontPx: parseFloat(getComputedStyle(document.querySelector('.taro_page') ?? document.body).fontSize),
  }));

/**
 * The elder-first floor every journey checks on the pages it passes: no sideways scroll, body ≥ 18 px at
 * 标准 and ≥ 30 px at 特大 (the page's own type unless told).
 */
export const expectElderLayout = async (page: Page, font: Font = fontOf(page)): Promise<void> => {
  const facts = await layoutFacts(page);
  expect(facts.horizontalScroll).toBe(false);
  expect(facts.bodyFontPx).toBeGreaterThanOrEqual(MIN_BODY_PX[font]);
};

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ensureH5Build } from '../../cloudfunctions/local/h5-build';
import { H5_DIR } from '../../cloudfunctions/local/paths';
import { startLocalStack } from '../../cloudfunctions/local/stack';
import { SESSION_COOKIE } from '../../cloudfunctions/local/gateway/server';
import { serveStatic } from '../../cloudfunctions/local/gateway/static-files';
import { buildFloor, FLOOR_DIST } from './floor';
import { CHROMIUM_ARGS, CPU_SLOWDOWN, SLOW_3G, sampleFirstScreen, type Sample, type SampleOptions } from './first-screen-probe';

export { CPU_SLOWDOWN, SLOW_3G };

/**
 * How long an elder waits for the first useful screen on a cheap phone on a poor connection: the app's
 * H5 build against a bare Taro React hello-world built with the same config, both under the same
 * throttle, each sample in a fresh context so nothing is cached. Figures only; the goal (app ≤ 1.5× the
 * floor) is for people to read, not asserted.
 */
export interface FirstScreenRow {
  label: string;
  floorMs: number | null;
  appMs: number;
  ratio: number | null;
  appBytes: number;
  floorBytes: number | null;
  runs: number;
}

export const FIRST_SCREEN_RUNS = Number(process.env.BENCH_FIRST_SCREEN_RUNS ?? 5);
export const DEMO_MEMBER = 'demo-member-1';

export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumMissing = (): boolean => !existsSync(chromiumPath());

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
};

/**
 * The floor served the way the gateway serves the app (same file handler: same headers, no compression),
 * so the two differ only in what they send, not in how.
 */
const serveFloor = async (root: string): Promise<{ url: string; close(): Promise<void> }> => {
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://floor').pathname;
    void serveStatic(root, pathname, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

/** A lesson the demo member can open: the first published one their study list shows. */
const publishedLessonId = async (gatewayUrl: string): Promise<string> => {
  const res = await fetch(`${gatewayUrl}/api/lessons`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-openid': DEMO_MEMBER },
    body: JSON.stringify({ action: 'lessons.list', input: {}, requestId: `bench-first-screen-${Date.now()}` }),
  });
  const body = (await res.json()) as { ok: boolean; data?: { items?: Array<{ id: string; status?: string }> } };
  const lesson = body.data?.items?.find((item) => (item.status ?? 'published') === 'published');
  if (!lesson) throw new Error(`first screen: no published lesson for ${DEMO_MEMBER} (${JSON.stringify(body).slice(0, 300)})`);
  return lesson.id;
};

interface Case {
  name: string;
  options: SampleOptions;
}

/**
 * Samples every case in turn, round after round, so a slow patch of the machine lands on all of them
 * alike. One round first is thrown away: the first load into a new browser and the first call into each
 * function pay start-up costs that have nothing to do with the page.
 */
const sampleRounds = async (browser: Browser, cases: Case[], runs: number): Promise<Map<string, Sample[]>> => {
  const samples = new Map<string, Sample[]>(cases.map((c) => [c.name, []]));
  for (let round = 0; round <= runs; round += 1) {
    for (const c of cases) {
      const sample = await sampleFirstScreen(browser, c.options);
      if (round > 0) samples.get(c.name)?.push(sample);
    }
  }
  return samples;
};

const summary = (samples: Sample[]) => ({ ms: median(samples.map((s) => s.ms)), bytes: median(samples.map((s) => s.bytes)) });

export const measureFirstScreen = async (runs = FIRST_SCREEN_RUNS): Promise<FirstScreenRow[]> => {
  if (chromiumMissing()) throw new Error(`first screen: no Chromium at ${chromiumPath()} (set CHROMIUM_PATH)`);
  buildFloor('h5');
  ensureH5Build();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yinling-first-screen-'));
  const closers: Array<() => Promise<void>> = [async () => rmSync(dataDir, { recursive: true, force: true })];
  try {
    const floor = await serveFloor(path.join(FLOOR_DIST, 'h5'));
    closers.unshift(floor.close);
    const stack = await startLocalStack({ dataDir, port: 0, h5Dir: H5_DIR });
    closers.unshift(stack.close);
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    closers.unshift(() => browser.close());

    const app = stack.gateway.url;
    const cookie = { name: SESSION_COOKIE, value: DEMO_MEMBER };
    const lessonId = await publishedLessonId(app);
    const cases: Case[] = [
      { name: 'floor', options: { url: `${floor.url}/`, target: { selector: '.taro_page_show', text: '你好' } } },
      // The greeting carries the member's name and branch: it exists only once the sign-in answer came back.
      { name: 'home', options: { url: `${app}/#/pages/home/index`, cookie, target: { selector: '.taro_page_show #home-greeting', text: '同志' } } },
      // A paragraph of the lesson's own words: there only once lessons.get answered, past the loading line.
      { name: 'lesson', options: { url: `${app}/#/pages/study/lesson/index?id=${encodeURIComponent(lessonId)}`, cookie, target: { selector: '.taro_page_show .lesson-p', text: '' } } },
    ];
    const samples = await sampleRounds(browser, cases, runs);
    const base = summary(samples.get('floor') ?? []);
    const row = (label: string, name: string): FirstScreenRow => {
      const own = summary(samples.get(name) ?? []);
      return { label, floorMs: base.ms, appMs: own.ms, ratio: Number((own.ms / base.ms).toFixed(2)), appBytes: own.bytes, floorBytes: base.bytes, runs };
    };
    return [row('home page', 'home'), row('opening a lesson', 'lesson')];
  } finally {
    for (const close of closers) await close();
  }
};

const THROTTLE = `Chromium, CPU ×${CPU_SLOWDOWN}, Slow 3G, cache off; median of ${FIRST_SCREEN_RUNS}`;
const kb = (bytes: number | null) => (bytes == null ? '—' : `${(bytes / 1024).toFixed(1)} KB`);

/**
 * npm run bench's section: prints the rows and hands them back for results.json. No Chromium, or a
 * failure in here, is said loudly and skipped: the other figures of a long bench run are still worth having.
 */
export const firstScreenSection = async (): Promise<FirstScreenRow[] | null> => {
  console.log(`\nFirst screen on a slow phone (${THROTTLE})`);
  if (chromiumMissing()) {
    console.log(`  !!! SKIPPED: no Chromium at ${chromiumPath()} (install chromium or set CHROMIUM_PATH) !!!`);
    return null;
  }
  try {
    const rows = await measureFirstScreen();
    console.log(`  ${''.padEnd(18)} ${'floor'.padStart(9)} ${'app'.padStart(9)} ${'ratio'.padStart(7)} ${'floor bytes'.padStart(12)} ${'app bytes'.padStart(12)}`);
    for (const r of rows) {
      const ratio = r.ratio == null ? '—' : `${r.ratio.toFixed(2)}×`;
      console.log(`  ${r.label.padEnd(18)} ${`${r.floorMs ?? '—'} ms`.padStart(9)} ${`${r.appMs} ms`.padStart(9)} ${ratio.padStart(7)} ${kb(r.floorBytes).padStart(12)} ${kb(r.appBytes).padStart(12)}`);
    }
    console.log('  (goal: app ≤ 1.5× the floor; floor = the bare Taro hello-world showing 你好)');
    return rows;
  } catch (error) {
    console.log(`  !!! SKIPPED: first-screen measurement failed: ${error instanceof Error ? error.message : String(error)} !!!`);
    return null;
  }
};

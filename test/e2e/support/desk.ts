import { copyFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, shown, type E2E } from './e2e-env';
import { poll } from './poll';

/** The desk suites' screen: a PC at 1280 × 800. */
export const DESK_WIDTH = 1280;

const GALLERY = path.resolve(__dirname, '..', 'gallery');

/** Keeps a screenshot of this run in the README's gallery. */
export const saveToGallery = (name: string) => copyFileSync(path.join(SCREENSHOT_DIR, name), path.join(GALLERY, name));

/** A desk's browser at 1280 × 800 on /desk, not signed in: it asks for a code. */
export const openDesk = async (e2e: Pick<E2E, 'open' | 'url'>): Promise<Page> => {
  const desk = await e2e.open(DESK_WIDTH);
  await desk.setViewportSize({ width: DESK_WIDTH, height: 800 });
  await desk.goto(`${e2e.url}/desk`);
  return desk;
};

/** The eight-character code the desk shows, once it has one. */
export const shownCode = (desk: Page): Promise<string> =>
  poll(async () => (await shown(desk).locator('#desk-code').innerText()).replace(/\s/g, ''), (t) => t.length === 8, 15_000);

/** A desk signed in as `openid`: its code confirmed from that person's phone (the scan, simulated). */
export const signedInDesk = async (e2e: Pick<E2E, 'open' | 'url' | 'api'>, openid: string): Promise<{ desk: Page; code: string }> => {
  const desk = await openDesk(e2e);
  const code = await shownCode(desk);
  const confirmed = await e2e.api(openid, 'members', 'desk.confirm', { code });
  if (!confirmed.ok) throw new Error(`desk.confirm refused: ${JSON.stringify(confirmed.error)}`);
  await shown(desk).locator('#desk-who').waitFor({ timeout: 20_000 });
  return { desk, code };
};

/** An API answer's data, or the test fails saying what was refused. */
export const dataOf = async <T,>(answer: ReturnType<E2E['api']>): Promise<T> => {
  const a = await answer;
  if (!a.ok) throw new Error(`refused: ${JSON.stringify(a.error)}`);
  return a.data as T;
};

/** One call the page sent: the fields a test asked for, read from the request body (JSON, maybe escaped). */
export type SentCall = Record<string, string>;

/**
 * Watches every POST of `action` the page sends, reading `fields` out of each body, in order. The first call
 * `lose` picks reaches the server, but its answer never comes back to the page (a connection lost on the
 * way home): the effect happened, the page was told nothing.
 */
export const loseFirstAnswer = async (page: Page, action: string, fields: readonly string[], lose: (call: SentCall) => boolean): Promise<SentCall[]> => {
  const sent: SentCall[] = [];
  let lost = false;
  await page.route('**/*', async (route) => {
    const body = route.request().postData() ?? '';
    if (route.request().method() !== 'POST' || !body.includes(action)) return route.fallback();
    const call = Object.fromEntries(fields.map((f) => [f, new RegExp(`${f}\\\\*"\\s*:\\s*\\\\*"([^"\\\\]+)`).exec(body)?.[1] ?? '']));
    sent.push(call);
    if (!lost && lose(call)) {
      lost = true;
      await route.fetch(); // the server does it…
      return route.abort('failed'); // …and the page never hears
    }
    return route.fallback();
  });
  return sent;
};

/**
 * The requestIds each row's sends carried, by the row's `key` field. A bulk move is right when every row has
 * exactly one (a resend — the SDK's, or a second press — is the same request) and no two rows share one.
 */
export const requestIdsByRow = (sent: readonly SentCall[], key = 'memberId'): Map<string, string[]> => {
  const byRow = new Map<string, string[]>();
  for (const call of sent) byRow.set(call[key], [...new Set([...(byRow.get(call[key]) ?? []), call.requestId])]);
  return byRow;
};

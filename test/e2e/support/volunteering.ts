import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expectElderLayout, fontOf, SCREENSHOT_DIR, shown, type E2E } from './e2e-env';

export interface Activity { id: string; title: string }

/** A seeded upcoming activity by its title (the demo county's activities are known by name, not id). */
export const activityNamed = async (e2e: Pick<E2E, 'api'>, title: string): Promise<Activity> => {
  const res = await e2e.api('demo-member-1', 'volunteers', 'volunteers.activities', { when: 'upcoming', pageSize: 50 });
  const found = (res.data as { items: Activity[] }).items.find((a) => a.title === title);
  if (!found) throw new Error(`no activity ${title}`);
  return found;
};

/**
 * Makes the service record's picture on the record page, checks it is a non-empty PNG of the right size,
 * saves it for a look, downloads it.
 */
export const recordPicture = async (e2e: Pick<E2E, 'shot'>, page: Page, width: number, name: string) => {
  const view = shown(page);
  await view.locator('#record-make-image').click();
  const img = view.locator('#record-image img');
  await img.waitFor();
  await img.evaluate((el) => (el as HTMLImageElement).decode());
  expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(1080);
  const src = await img.getAttribute('src');
  expect(src).toMatch(/^data:image\/png;base64,/);
  const png = Buffer.from((src ?? '').split(',')[1], 'base64');
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  expect(w).toBe(1080);
  expect(h).toBeGreaterThan(1200); // header, one row and the issuer at the least
  expect(h).toBeLessThan(4096);
  // Not a blank sheet: a white 1080×h PNG compresses to a few KB; drawn text does not.
  expect(png.length).toBeGreaterThan(40_000);
  // The drawing has ink where the text is: sample the title band and a blank margin.
  const ink = await img.evaluate((el) => {
    const image = el as HTMLImageElement;
    const c = document.createElement('canvas');
    c.width = image.naturalWidth;
    c.height = image.naturalHeight;
    const ctx = c.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(image, 0, 0);
    const dark = (x: number, y: number, w: number, hh: number) => {
      const d = ctx.getImageData(x, y, w, hh).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] < 450) n += 1;
      return n;
    };
    return { title: dark(200, 80, 680, 90), margin: dark(60, 300, 20, 200) };
  });
  expect(ink.title).toBeGreaterThan(1000);
  expect(ink.margin).toBe(0);
  writeFileSync(path.join(SCREENSHOT_DIR, `member-volunteer-record-picture-${width}-${fontOf(page)}.png`), png);
  await view.locator('#record-image-box').getByText('下载证明图片').waitFor();
  const download = page.waitForEvent('download');
  await view.locator('#record-save').click();
  expect((await download).suggestedFilename()).toMatch(new RegExp(`^志愿服务记录证明_${name}_ZYFW-\\d{8}-[0-9A-Z]+\\.png$`));
  await view.locator('#record-saved').getByText('图片已下载。').waitFor();
  await expectElderLayout(page);
  await img.scrollIntoViewIfNeeded();
  await e2e.shot(page, 'member', 'volunteer-record-image', width);
};

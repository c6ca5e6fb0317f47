import type { Page } from 'playwright-core';

/** Clicks the button that opens the chooser and gives it the file (playwright's setFiles on the <input>). */
export const chooseFile = async (page: Page, click: () => Promise<void>, name: string, buffer: Buffer, mimeType = 'image/png') => {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click()]);
  await chooser.setFiles({ name, mimeType, buffer });
};

/** The image has really loaded (its bytes came back from storage), not just an <img> with a src. */
export const imageLoaded = async (page: Page, selector: string) => {
  await page.waitForFunction(
    (sel) => Array.from(document.querySelectorAll(`.taro_page_show ${sel} img`)).some((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0),
    selector,
  );
};

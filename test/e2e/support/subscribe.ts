import type { Page } from 'playwright-core';

/**
 * Answers the H5 stand-in for WeChat's subscription sheet, which opens at the taps where a member
 * expects news (提交金点子, 报名, 受理 …). 允许 records one acceptance in the emulator; 取消 records none.
 */
export const answerSubscribe = async (page: Page, choice: 'accept' | 'reject'): Promise<void> => {
  const button = page.locator(choice === 'accept' ? '#wx-subscribe-accept' : '#wx-subscribe-reject');
  await button.waitFor();
  await button.click();
  await page.locator('.wx-subscribe-sheet').waitFor({ state: 'detached' });
};

/** What WeChat delivered to `openid` (the emulator's outbox, via the gateway's /dev/outbox). */
export const deliveredTo = async (url: string, openid: string): Promise<Array<{ templateId: string; page?: string }>> => {
  const res = await fetch(`${url}/dev/outbox`, { headers: { accept: 'application/json' } });
  const { messages } = (await res.json()) as { messages: Array<{ touser: string; templateId: string; page?: string }> };
  return messages.filter((m) => m.touser === openid);
};

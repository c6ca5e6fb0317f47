import type { CDPSession, Page } from 'playwright-core';
import { LOCAL_FUNCTION_CONFIG } from '../../cloudfunctions/local/function-config';
import { COMBOS, expectElderLayout, shown, useE2E } from './support/e2e-env';
import { poll } from './support/poll';
import { SPEECH_SPY } from './support/speech-spy';

/**
 * 找人帮忙 and 使用帮助 in Chromium at 320/375 × 标准/特大, one member of a different branch per run: 我的
 * shows their own branch secretary by name and the bureau, each one tap to ring (on H5 the tap asks the
 * browser to open tel:<number>); 使用帮助 has the three guides in numbered steps, each offered to 朗读,
 * and the same call buttons at the end, as 关爱服务 has too.
 */
const RUNS = [
  ['demo-member-13', '冉光荣'],
  ['demo-member-6', '陈淑芬'],
  ['demo-member-9', '刘永康'],
  ['demo-member-17', '白秀英'],
] as const;

const GUIDES = ['怎么学习', '怎么提金点子', '怎么报名志愿活动'];


/** Navigations the page asks for, by URL, including tel: ones the browser hands to the phone app. */
const watchNavigations = async (page: Page): Promise<string[]> => {
  const asked: string[] = [];
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  cdp.on('Page.frameRequestedNavigation', (e: { url: string }) => asked.push(e.url));
  return asked;
};

describe('找人帮忙 and 使用帮助 in Chromium', () => {
  const e2e = useE2E();
  const { go } = e2e;
  // The button keeps a landline on one line with a non-breaking hyphen (ui/CallButton.tsx).
  const bureau = LOCAL_FUNCTION_CONFIG.BUREAU_PHONE.replace(/-/g, '\u2011');

  it.each(COMBOS.map(([width, font], i) => [width, font, ...RUNS[i]] as const))('a member rings their own secretary from 我的 and reads the guides (%i px, %s type, %s)', async (width, font, openid, secretary) => {
    const own = (await e2e.api(openid, 'members', 'members.helpContacts', {})) as { data?: { branch?: { secretaryName?: string; phone: string } } };
    expect(own.data?.branch?.secretaryName).toBe(secretary);
    const phone = own.data?.branch?.phone as string;
    expect(phone).toMatch(/^1\d{10}$/);

    const page = await e2e.open(width, openid, font);
    await page.context().addInitScript(SPEECH_SPY);
    const view = shown(page);
    const asked = await watchNavigations(page);

    // 我的 → 找人帮忙: the secretary by name and the bureau, each with the number on the button.
    await go(page, '/pages/mine/index');
    const card = view.locator('#mine-help');
    await card.getByText('找人帮忙', { exact: true }).waitFor();
    const call = card.getByRole('button', { name: `给支部书记${secretary}打电话 ${phone}`, exact: true });
    await call.waitFor();
    await card.getByRole('button', { name: `给县委老干部局打电话 ${bureau}`, exact: true }).waitFor();
    await expectElderLayout(page);
    await card.scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    await e2e.shot(page, 'member', 'mine-help', width);

    // 使用帮助: three guides, each numbered steps and a 朗读 button; the call buttons again at the end.
    await card.getByRole('button', { name: '看使用帮助', exact: true }).click();
    await view.getByText('使用帮助', { exact: true }).first().waitFor();
    await page.waitForTimeout(700); // the page's slide-in: a tap during it lands beside the button
    for (const [i, title] of GUIDES.entries()) {
      const guide = view.locator('.card', { hasText: title }).filter({ visible: true });
      await guide.getByText(title, { exact: true }).waitFor();
      await guide.getByText('1.', { exact: true }).waitFor();
      expect(await guide.locator('.help-step').count()).toBeGreaterThanOrEqual(3);
      await guide.getByRole('button', { name: `朗读“${title}”`, exact: true }).waitFor();
      if (i === 1) {
        await guide.getByRole('button', { name: `朗读“${title}”`, exact: true }).click();
        const spoken = await poll(() => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken), (s) => s.length > 0);
        expect(spoken.join('')).toContain('第1步');
      }
    }
    const end = view.locator('#help-calls-card');
    await end.getByRole('button', { name: `给支部书记${secretary}打电话 ${phone}`, exact: true }).waitFor();
    await end.getByRole('button', { name: `给县委老干部局打电话 ${bureau}`, exact: true }).waitFor();
    expect(await end.getByRole('button', { name: '看使用帮助' }).count()).toBe(0);
    await expectElderLayout(page);
    await page.waitForTimeout(500);
    await e2e.shot(page, 'member', 'help', width);
    // One tap rings: H5 hands tel:<number> to the phone (WeChat's makePhoneCall on the mini-program).
    await end.getByRole('button', { name: `给支部书记${secretary}打电话 ${phone}`, exact: true }).click();
    expect(await poll(() => Promise.resolve(asked), (a) => a.includes(`tel:${phone}`))).toContain(`tel:${phone}`);
    // 关爱服务 ends with the same card, for a member who came there stuck.
    await go(page, '/pages/mine/care/index');
    await view.locator('#care-help').getByRole('button', { name: `给支部书记${secretary}打电话 ${phone}`, exact: true }).waitFor();
    await page.context().close();
  });
});

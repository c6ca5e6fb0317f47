import { answerSubscribe } from './support/subscribe';
import { expectElderLayout, option, shown, useE2E } from './support/e2e-env';
import { storageOf } from './support/kept';
import { poll } from './support/poll';

/**
 * A weak network in Chromium: a half-written 金点子 survives a dropped connection, a lost answer and a
 * restart, and is sent once — the same intent id on every try, so the server answers the idea it already
 * has. At 375 and 320 px, each width its own member.
 */
const TITLE = '建议菜市场门口设老年人休息凳';
const CONTENT = '菜市场门口人多，老同志买完菜提着东西没地方歇脚，建议在门口树荫下放几条长凳。';

describe('weak network: a half-written 金点子 in Chromium', () => {
  const e2e = useE2E();
  const { go } = e2e;
  const mine = async (openid: string) => {
    const res = (await e2e.api(openid, 'ideas', 'ideas.mine', { pageSize: 20 })) as { data?: { items: Array<{ title: string }> } };
    return (res.data?.items ?? []).filter((i) => i.title === TITLE).length;
  };

  for (const width of [375, 320]) {
    it(`${width}px: a half-written idea survives going offline, a lost answer and a restart, and is sent once`, async () => {
      const openid = width === 375 ? 'demo-member-3' : 'demo-member-4';
      const page = await e2e.open(width, openid);
      const view = shown(page);
      const sent: string[] = [];
      page.on('request', (r) => {
        if (r.url().endsWith('/api/ideas') && r.postDataJSON()?.action === 'ideas.submit') sent.push(r.postDataJSON().requestId);
      });
      await go(page, '/pages/ideas/submit/index');
      await option(view, '民生保障').click();
      await view.locator('#idea-next-1').click();
      await view.getByLabel('标题').fill(TITLE);
      await view.getByLabel('具体内容').fill(CONTENT);
      await view.locator('#idea-next-2').click();
      await view.getByText('第3步，共3步：看一看，再提交').waitFor();

      // 1. The signal drops: the send fails in plain words and nothing on screen is lost.
      await page.context().setOffline(true);
      await view.locator('#idea-send').click();
      await answerSubscribe(page, 'reject'); // remembered: the later sends do not ask again
      await view.getByText('网络不太好，请稍后再点一次').waitFor();
      await view.locator('#idea-kept').waitFor();
      await view.getByText(CONTENT).waitFor();
      await expectElderLayout(page);
      await e2e.shot(page, 'member', 'elder-idea-offline', width);
      const kept = (await storageOf(page, 'yl.draft.intent.idea-submit')) as { id: string } | null;
      expect(kept?.id).toMatch(/^c-/);
      expect(await storageOf(page, 'yl.draft.idea-submit')).toMatchObject({ title: TITLE, content: CONTENT });
      expect(await mine(openid)).toBe(0);

      // 2. Signal back, but the answer is lost on the way: the server has the idea, the phone does not know.
      await page.context().setOffline(false);
      await page.route('**/api/ideas', async (route) => {
        if (route.request().postDataJSON()?.action !== 'ideas.submit') return route.continue();
        await route.fetch();
        await route.abort('connectionreset');
      });
      await view.locator('#idea-send').click();
      await view.getByText('网络不太好，请稍后再点一次').waitFor();
      expect(await poll(() => mine(openid), (n) => n === 1)).toBe(1);
      await page.unroute('**/api/ideas');

      // 3. The app is closed and opened again: the text is back, with the notice and a way to clear.
      await page.reload();
      await view.locator('#draft-notice').waitFor();
      await view.getByText('已为您保留上次没写完的内容').waitFor();
      await view.locator('#draft-notice-clear').waitFor();
      expect(await view.getByLabel('标题').inputValue()).toBe(TITLE);
      expect(await view.getByLabel('具体内容').inputValue()).toBe(CONTENT);
      await expectElderLayout(page);
      await e2e.shot(page, 'member', 'elder-idea-restored', width);

      // 4. Send again: the same intent, so the server answers the idea it already has — one idea.
      await view.locator('#idea-next-2').click();
      await view.locator('#idea-send').click();
      await view.locator('#idea-receipt').waitFor();
      expect(sent.length).toBe(3);
      expect(new Set(sent)).toEqual(new Set([kept?.id]));
      expect(await mine(openid)).toBe(1);
      // Sent: the draft and its intent are gone; the form opens empty next time.
      expect(await storageOf(page, 'yl.draft.idea-submit')).toBeNull();
      expect(await storageOf(page, 'yl.draft.intent.idea-submit')).toBeNull();
      const again = await page.context().newPage();
      await go(again, '/pages/ideas/submit/index');
      await shown(again).getByText('第1步，共3步：选择类别').waitFor();
      expect(await shown(again).locator('#draft-notice').count()).toBe(0);
      await page.context().close();
    }, 120_000);
  }
});

import type { Page } from 'playwright-core';
import { SESSION_COOKIE } from '../../cloudfunctions/local/gateway/server';
import { anIdea } from '../support/inputs';
import { shown, useE2E } from './support/e2e-env';
import { useFontScale } from './support/font';

/**
 * The tab bar grows with the reader's type size and never spills over a 320px phone: five tabs at 标准 and
 * 大, four 30px tabs at 特大 (志愿 then opens from 首页's 志愿服务 card), the unread count as large as the labels.
 */
const MEMBER = 'demo-member-1';

const barFacts = (page: Page) =>
  page.evaluate(() => {
    const texts = [...document.querySelectorAll('.tabbar-label, .tabbar-badge')].map((e) => {
      const box = e.getBoundingClientRect();
      return { text: e.textContent ?? '', px: parseFloat(getComputedStyle(e).fontSize), left: box.left, right: box.right };
    });
    const labels = [...document.querySelectorAll('.tabbar-label')].map((e) => e.textContent ?? '');
    return { texts, labels };
  });

describe('tab bar at every type size', () => {
  const e2e = useE2E();
  beforeAll(async () => {
    // An unread 消息 (the idea was accepted), so that the count on 我的 is measured too.
    const idea = await e2e.api(MEMBER, 'ideas', 'ideas.submit', anIdea({ title: '建议在活动中心门口加装扶手' }));
    const ideaId = (idea.data as { id: string }).id;
    expect((await e2e.api('demo-staff-1', 'ideas', 'ideas.accept', { ideaId })).ok).toBe(true);
  });

  it.each([
    [320, 'standard', ['首页', '学习', '金点子', '志愿', '我的'], 18],
    [320, 'large', ['首页', '学习', '金点子', '志愿', '我的'], 24],
    [320, 'xlarge', ['首页', '学习', '金点子', '我的'], 30],
    [375, 'xlarge', ['首页', '学习', '金点子', '我的'], 30],
  ] as const)('%i px, %s type: the labels fit, none smaller than the size asks', async (width, font, labels, minPx) => {
    // All three settings, 大 included (the journeys walk 标准 and 特大 only).
    const context = await e2e.browser.newContext({ viewport: { width, height: 760 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await context.addCookies([{ name: SESSION_COOKIE, value: MEMBER, url: e2e.url }]);
    await useFontScale(context, font);
    const page = await context.newPage();
    await e2e.go(page, '/pages/home/index');
    await shown(page).first().waitFor();
    await page.locator('.tabbar-label').first().waitFor();
    const facts = await barFacts(page);
    // Exactly these tabs, in this order: a fifth tab at 特大 fails here even where it would still fit (375px).
    expect(facts.labels).toEqual([...labels]);
    await page.locator('#tab-unread').waitFor();
    for (const t of facts.texts) {
      expect(t.px).toBeGreaterThanOrEqual(minPx);
      expect(t.left).toBeGreaterThanOrEqual(0);
      expect(t.right).toBeLessThanOrEqual(width);
    }
    await e2e.shot(page, 'member', 'tab-bar', width, font);
    if (font === 'xlarge') {
      // 志愿 is one tap away on 首页.
      await shown(page).getByText('志愿服务', { exact: true }).first().click();
      await page.waitForURL(/pages\/volunteer\/index/);
    }
    await page.context().close();
  });
});

import type { Page } from 'playwright-core';
import { COMBOS, expectElderLayout, option, shown, useE2E } from './support/e2e-env';

/**
 * 学习 in a real browser: a branch secretary writes and publishes a lesson (the editor offers the minutes
 * from the content; she marks it 约7分钟 anyway); a retiree of that branch finds it, reads it, is told to
 * read a little longer when tapping 学完了 too soon, watches the bar fill, then has her careful
 * half-minute read of the short lesson counted (time to read is judged by the lesson's own length, not
 * a fixed minimum); 朗读 says plainly that this browser has no Chinese voice; the secretary sees her as
 * 已学 in the branch view. That journey at 320 and 375 px, at the standard and the 特大 type, every page
 * checked and photographed; each run publishes its own lesson and has its own learner, so the runs do not
 * meet. The lesson list in large type at 320 and 375 px.
 */
const BASE_TITLE = '院坝微课：学习新时代的“枫桥经验”';
/** Per run: the learner (bureau branch) and a branch member who has not studied that run's lesson. */
const RUNS = [
  ['demo-member-1', '张桂兰', '杨国华'],
  ['demo-member-2', '杨国华', '赵明远'],
  ['demo-member-3', '赵明远', '杨国华'],
  ['demo-member-4', '黄素珍', '杨国华'],
] as const;

describe('study journeys in Chromium', () => {
  const e2e = useE2E();

  /** Taro H5 slides pages in: let the transition finish before taking the picture. */
  const shot = async (page: Page, role: string, name: string, width: number) => {
    await page.waitForTimeout(800);
    await e2e.shot(page, role, name, width);
  };

  it.each(COMBOS.map(([width, font], i) => [width, font, ...RUNS[i]] as const))('a secretary publishes a lesson, a member studies it, the secretary sees it (%i px, %s type, %s)', async (width, font, openid, name, other) => {
    const TITLE = `${BASE_TITLE}（${width}${font === 'xlarge' ? '特大' : '标准'}）`;
    // 1. The secretary writes and publishes.
    const sec = await e2e.open(width, 'demo-secretary-bureau', font);
    const sv = shown(sec);
    await sec.goto(e2e.url);
    await sv.getByText('书记工作台').first().click();
    await sv.locator('#workbench-lessons').click();
    await sv.locator('#lesson-new').click();
    await sv.getByLabel('课程标题', { exact: true }).fill(TITLE);
    await option(sv, '微课').click();
    await sv.getByLabel('内容简介', { exact: true }).fill('用五分钟了解“小事不出村、大事不出镇”的老办法和新做法。');
    await sv.getByLabel('正文', { exact: true }).fill('# 一、什么是枫桥经验\n\n依靠群众就地化解矛盾。\n\n# 二、我们能做什么\n\n老同志威望高、经验足，可以帮着调解邻里纠纷。');
    // The minutes follow the content (about 100 characters: 1 minute) and say how long a reader must read.
    const minutes = sv.getByLabel('大约要学几分钟', { exact: true });
    expect(await minutes.inputValue()).toBe('1');
    await sv.getByText(/老同志大约要学1分钟/).waitFor();
    await minutes.fill('7');
    await sv.locator('#lesson-minutes-note').getByText('老同志认真读满大约30秒，点“学完了”就能记上。').waitFor();
    await sv.locator('#lesson-minutes-reset').getByText('改回按内容算的1分钟').waitFor();
    await expectElderLayout(sec);
    await shot(sec, 'secretary', 'lesson-edit', width);
    await sv.locator('#lesson-publish').click();
    await sv.getByText(TITLE).first().waitFor();
    await sv.getByText('已发布，老同志可以看到').first().waitFor();
    await expectElderLayout(sec);
    await shot(sec, 'secretary', 'lessons', width);

    // 2. A member of the branch finds it on 学习 and opens it.
    const mem = await e2e.open(width, openid, font);
    const mv = shown(mem);
    await mem.goto(e2e.url);
    await mv.getByText(new RegExp(`${name}同志`)).first().waitFor();
    await mv.locator('.card', { hasText: '看微课、听宣讲' }).click();
    await mv.locator('#lesson-list').getByText(TITLE).waitFor();
    await expectElderLayout(mem);
    await mv.locator('#lesson-list').getByText(TITLE).click();
    await mv.locator('#lesson-detail').getByText('依靠群众就地化解矛盾。').waitFor();
    await mv.locator('#lesson-detail').getByText(/约7分钟/).waitFor();
    // Headless Chromium has no Chinese voice: 朗读 says so in plain words instead of a button that flips back.
    await mv.locator('#read-aloud-unavailable').getByText(/这里不能朗读：这台设备上没有中文朗读的声音。请用手机微信打开/).waitFor();
    await mv.locator('#study-progress').getByText(/再读一会儿就记上了：认真读满大约30秒/).waitFor();
    await expectElderLayout(mem);
    await shot(mem, 'member', 'lesson', width);

    // 3. Tapping 学完了 at once does not count (the server checks its own clock); the bar fills as she
    // reads, and her careful half-minute read of the short lesson marked 约7分钟 counts.
    await mv.locator('#lesson-finish').click();
    await mv.locator('#lesson-finish-msg').getByText(/还需要再学大约/).waitFor();
    const filled = () => mv.locator('#study-progress [role="progressbar"]').getAttribute('aria-valuenow');
    expect(Number(await filled())).toBeLessThan(100);
    await mv.locator('#study-progress').getByText('读够了，点下面的“学完了”，这一课就记上了。').waitFor({ timeout: 45_000 });
    expect(await filled()).toBe('100');
    // The earlier "还需要再学…" is gone with the full bar: the page never says both at once.
    await mv.locator('#lesson-finish-msg').waitFor({ state: 'detached' });
    await expectElderLayout(mem);
    await shot(mem, 'member', 'lesson-ready', width);
    await mv.locator('#lesson-finish').click();
    await mv.locator('#lesson-studied').getByText('本月已学 1 课').waitFor();
    await expectElderLayout(mem);
    await shot(mem, 'member', 'lesson-studied', width);

    await mv.getByText('返回').first().click();
    await mv.locator('#study-mine-entry').click();
    await mv.locator('#study-tally').getByText('本月已学 1 课').waitFor();
    await mv.locator('#my-study-list').getByText(TITLE).waitFor();
    await expectElderLayout(mem);
    await shot(mem, 'member', 'my-study', width);

    // 4. The secretary's branch view shows her as 已学, others as 还没学 with 送学上门 on offer.
    await sv.locator('.srow', { hasText: TITLE }).getByText('谁学了，谁还没学').click();
    await sv.locator('#progress-head').getByText(/已学 1 人/).waitFor();
    await sv.locator('.srow', { hasText: name }).getByText(/已学（线上自学/).waitFor();
    await sv.locator('.srow', { hasText: other }).getByText('安排送学上门').click();
    await sv.getByText('确定安排').click();
    await sv.locator('.srow', { hasText: other }).getByText('还没学 · 已安排送学上门').waitFor();
    await expectElderLayout(sec);
    await shot(sec, 'secretary', 'lesson-progress', width);
    await mem.context().close();
    await sec.context().close();
  }, 150_000);

  it.each([320, 375])('the lesson list and a lesson in large type (%i px)', async (width) => {
    const page = await e2e.open(width, 'demo-member-2');
    const view = shown(page);
    await page.goto(e2e.url);
    await view.locator('.card', { hasText: '看微课、听宣讲' }).click();
    await view.locator('#lesson-list').getByText('廉政建设课：好家风是最好的传家宝').waitFor();
    await expectElderLayout(page);
    await shot(page, 'member', 'study-list', width);

    await option(view, '榜样引领').click();
    await view.locator('#lesson-list').getByText('榜样引领：退休不褪色的老支书田大爷').waitFor();
    expect(await view.locator('#lesson-list').getByText('廉政建设课：好家风是最好的传家宝').count()).toBe(0);
    await view.locator('#lesson-list').getByText('榜样引领：退休不褪色的老支书田大爷').click();
    await view.locator('#lesson-detail').getByText('三、田大爷的话').waitFor();
    const paragraphPx = await view.locator('.lesson-p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(paragraphPx).toBeGreaterThanOrEqual(21);
    await expectElderLayout(page);
    await shot(page, 'member', 'lesson-detail', width);
    await page.context().close();
  }, 90_000);
});

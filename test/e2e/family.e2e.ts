import { copyFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { COMBOS, SCREENSHOT_DIR, expectElderLayout, fontOf, option, shown, useE2E } from './support/e2e-env';
import { answerSubscribe } from './support/subscribe';

/**
 * 家人帮办 in Chromium at 320/375 × 标准/特大, one member and one new helper per run: the member makes a code on
 * 我的 → 家人帮办; the helper (no member of the app) asks with it; the member agrees; the helper signs the
 * member up for an activity and for their branch's 小讲堂, and sends a 金点子 (even runs) or a 求助 (odd runs)
 * for them, while every page says "正在替 … 办理"; the member reads each in 家人代办记录, ends the link, and the
 * helper's next look is refused in plain words.
 */
const RUNS = [
  ['demo-member-6', '吴玉兰', 'demo-secretary-education'],
  ['demo-member-8', '石翠英', 'demo-secretary-education'],
  ['demo-member-9', '冯继红', 'demo-secretary-health'],
  ['demo-member-13', '田茂林', 'demo-secretary-longtan'],
] as const;

const GALLERY = path.resolve(__dirname, 'gallery');
const saveToGallery = (name: string) => copyFileSync(path.join(SCREENSHOT_DIR, name), path.join(GALLERY, name));
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('家人帮办 journey in Chromium', () => {
  const e2e = useE2E();
  const { go } = e2e;
  const shot = async (page: Page, name: string, width: number, gallery = false) => {
    await page.waitForTimeout(700); // the page's slide-in
    await e2e.shot(page, 'family', name, width);
    if (gallery) saveToGallery(`family-${name}-${width}-${fontOf(page)}.png`);
  };

  it.each(COMBOS.map(([width, font], i) => [width, font, i, ...RUNS[i]] as const))('a family member links, is confirmed, signs the member up for an activity and a 小讲堂, sends a 金点子 or a 求助; the member sees each and ends the link (%i px, %s type, run %i, %s)', async (width, font, run, openid, name, secretary) => {
    const helperOpenid = `e2e-helper-${width}-${font}`;
    // The member's branch has a 小讲堂 coming (its secretary schedules it, as sessions.e2e.ts does).
    const topic = `家人帮办讲堂${width}${font === 'xlarge' ? '特大' : '标准'}`;
    const scheduled = await e2e.api(secretary, 'lessons', 'sessions.schedule', {
      topic, lessonIds: [], startAt: new Date(Date.now() + 2 * 24 * 3600_000).toISOString(), place: '支部活动室', capacity: 20,
    });
    expect(scheduled.ok).toBe(true);
    // 1. The member: 我的 → 家人帮办 → 生成邀请码.
    const mem = await e2e.open(width, openid, font);
    const mv = shown(mem);
    await go(mem, '/pages/mine/index');
    await mv.locator('#open-family').click();
    await mv.locator('#family-make-code').click();
    await answerSubscribe(mem, 'accept');
    const code = (await mv.locator('#family-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^\d{6}$/);
    await expectElderLayout(mem);
    await shot(mem, 'invite', width, true);

    // 2. The helper, a WeChat user who never registered: 我是家人 → code, name, relation.
    const hp = await e2e.open(width, helperOpenid, font);
    const hv = shown(hp);
    await go(hp, '/packageFamily/join/index');
    await hv.getByLabel('老人给的邀请码', { exact: true }).fill(code);
    await hv.getByLabel('您的姓名', { exact: true }).fill('李娟');
    await option(hv, '女儿').click();
    await hv.locator('#family-join-submit').click();
    await hv.locator('#family-asked').getByText(`已告诉${name}`, { exact: false }).waitFor();
    await expectElderLayout(hp);
    await shot(hp, 'join', width, true);
    // The helper opens the app again (a second phone session) before the elder agrees: 我帮办的老人, saying it waits, not registration.
    const again = await e2e.open(width, helperOpenid, font);
    await go(again, '/pages/launch/index');
    await shown(again).getByText(name, { exact: true }).first().waitFor();
    await shown(again).locator('#family-elders-join').waitFor();
    await again.context().close();

    // 3. The member agrees on their own phone.
    await go(mem, '/packageFamily/mine/index');
    const asking = mv.locator('#family-asking');
    await asking.getByText('您的女儿 李娟申请帮您办事', { exact: false }).waitFor();
    await shot(mem, 'confirm', width, true);
    await asking.locator('[id^=family-accept-]').click();
    await mv.locator('#family-said').getByText('已同意', { exact: false }).waitFor();

    // 4. The helper chooses the elder and signs them up; every page says for whom.
    await hv.locator('#family-to-elders').click();
    const actFor = hv.locator('[id^=family-act-for-]');
    await actFor.waitFor();
    const linkId = ((await actFor.getAttribute('id')) ?? '').replace('family-act-for-', '');
    expect(linkId.length).toBeGreaterThan(0);
    // A page shared to the helper, opened on a phone that never chose the elder, still says for whom.
    const shared = await e2e.open(width, helperOpenid, font);
    await go(shared, `/packageFamily/status/index?link=${linkId}`);
    await shown(shared).locator('#family-acting').getByText(`正在替 ${name} 办理`).waitFor();
    await shared.context().close();
    await expectElderLayout(hp);
    await shot(hp, 'elders', width, true);
    await actFor.click();
    await hv.locator('#family-acting').getByText(`正在替 ${name} 办理`).waitFor();
    const row = hv.locator('#family-act-open .family-row').first();
    await row.waitFor();
    const title = ((await row.locator('.family-row-title').textContent()) ?? '').trim();
    expect(title.length).toBeGreaterThan(0);
    await expectElderLayout(hp);
    await shot(hp, 'act', width, true);
    await row.locator('[id^=family-signup-]').click();
    await hv.locator('#family-act-said').getByText(`已替${name}报名「${title}」`, { exact: false }).waitFor();
    await hv.locator('#family-act-signed').getByText(title, { exact: false }).first().waitFor();

    // 4b. 小讲堂: the coming session of the member's branch, signed up for them.
    await hv.locator('#family-act-study').click();
    await hv.locator('#family-acting').getByText(`正在替 ${name} 办理`).waitFor();
    const sessionRow = hv.locator('#family-study-list .family-row', { hasText: topic });
    await sessionRow.locator('[id^=family-session-signup-]').click();
    await hv.locator('#family-study-said').getByText(`已替${name}报名小讲堂「${topic}」`, { exact: false }).waitFor();
    await sessionRow.getByText(`${name}已报名`, { exact: false }).waitFor();
    await expectElderLayout(hp);
    await shot(hp, 'study', width, true);

    // 4c. A 金点子 (even runs) or a 求助 (odd runs), marked 家人代提, and the elder's statuses.
    const ideaTitle = `建议社区增设休息座椅${run}`;
    const helpText = `家里的燃气灶打不着火了，请帮忙找人修${run}`;
    await go(hp, `/packageFamily/act/index?link=${linkId}`);
    if (run % 2 === 0) {
      await hv.locator('#family-act-idea').click();
      await hv.locator('#family-acting').getByText(`正在替 ${name} 办理`).waitFor();
      await option(hv, '公共服务').click();
      await hv.getByLabel('标题', { exact: true }).fill(ideaTitle);
      await hv.getByLabel('具体内容', { exact: true }).fill('小区门口到菜市场的路上没有地方歇脚，老人走一段就累了。');
      await expectElderLayout(hp);
      await shot(hp, 'idea', width, true);
      await hv.locator('#family-idea-send').click();
      await hv.locator('#family-idea-said').getByText(`已替${name}提交「${ideaTitle}」`, { exact: false }).waitFor();
      await hv.locator('#family-idea-status').click();
      await hv.locator('#family-status-ideas').getByText(ideaTitle).waitFor();
      await hv.locator('#family-status-ideas').getByText('家人代提（女儿 李娟）').first().waitFor();
    } else {
      await hv.locator('#family-act-help').click();
      await hv.locator('#family-acting').getByText(`正在替 ${name} 办理`).waitFor();
      await hv.getByLabel('想请组织帮什么', { exact: true }).fill(helpText);
      await expectElderLayout(hp);
      await shot(hp, 'help', width, true);
      await hv.locator('#family-help-send').click();
      await hv.locator('#family-help-said').getByText(`已替${name}提交求助`, { exact: false }).waitFor();
      await hv.locator('#family-help-status').click();
      await hv.locator('#family-status-care').getByText(helpText).waitFor();
      await hv.locator('#family-status-care').getByText('家人代提（女儿 李娟）').first().waitFor();
    }
    await expectElderLayout(hp);
    await shot(hp, 'status', width, true);

    // 5. The member reads it in 家人代办记录, then ends the link.
    await go(mem, '/packageFamily/mine/index');
    const told = (what: string) => mv.locator('#family-acts').getByText(new RegExp(`^您的女儿 李娟 于 \\d+月\\d+日 \\d\\d:\\d\\d ${escaped(what)}$`)).waitFor();
    await told(`替您报名了志愿活动「${title}」`);
    await told(`替您报名了小讲堂「${topic}」`);
    await told(run % 2 === 0 ? `替您提了金点子「${ideaTitle}」` : `替您提交了求助「${helpText}」`);
    await expectElderLayout(mem);
    await mv.locator('#family-acts').scrollIntoViewIfNeeded();
    await shot(mem, 'record', width, true);
    await mv.locator('[id^=family-end-]').click();
    await mv.locator('#family-said').getByText('已结束', { exact: false }).waitFor();

    // 6. The helper's next look for the member is refused, in plain words.
    await hp.reload();
    await hv.getByText('帮办关系已经结束', { exact: false }).first().waitFor();
    await hv.locator('#family-act-back').waitFor();
    expect(await hv.locator('#family-acting').count()).toBe(0);
    await shot(hp, 'ended', width, true);
    await mem.context().close();
    await hp.context().close();
  });
});

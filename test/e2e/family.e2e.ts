import type { Page } from 'playwright-core';
import { COMBOS, expectElderLayout, option, shown, useE2E } from './support/e2e-env';
import { answerSubscribe } from './support/subscribe';

/**
 * 家人帮办 in Chromium at 320/375 × 标准/特大, one member and one new helper per run: the member makes a code on
 * 我的 → 家人帮办; the helper (no member of the app) asks with it; the member agrees; the helper signs the
 * member up for an activity while the page says "正在替 … 办理"; the member reads it in 家人代办记录, ends the
 * link, and the helper's next look is refused in plain words.
 */
const RUNS = [
  ['demo-member-6', '吴玉兰'],
  ['demo-member-8', '石翠英'],
  ['demo-member-9', '冯继红'],
  ['demo-member-13', '田茂林'],
] as const;

describe('家人帮办 journey in Chromium', () => {
  const e2e = useE2E();
  const { go } = e2e;
  const shot = async (page: Page, name: string, width: number) => {
    await page.waitForTimeout(700); // the page's slide-in
    await e2e.shot(page, 'family', name, width);
  };

  it.each(COMBOS.map(([width, font], i) => [width, font, ...RUNS[i]] as const))('a family member links, is confirmed, signs the member up; the member sees it and ends the link (%i px, %s type, %s)', async (width, font, openid, name) => {
    const helperOpenid = `e2e-helper-${width}-${font}`;
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
    await shot(mem, 'invite', width);

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
    await shot(hp, 'join', width);

    // 3. The member agrees on their own phone.
    await go(mem, '/packageFamily/mine/index');
    const asking = mv.locator('#family-asking');
    await asking.getByText('您的女儿 李娟申请帮您办事', { exact: false }).waitFor();
    await shot(mem, 'confirm', width);
    await asking.locator('[id^=family-accept-]').click();
    await mv.locator('#family-said').getByText('已同意', { exact: false }).waitFor();

    // 4. The helper chooses the elder and signs them up; every page says for whom.
    await hv.locator('#family-to-elders').click();
    const actFor = hv.locator('[id^=family-act-for-]');
    await actFor.waitFor();
    await actFor.click();
    await hv.locator('#family-acting').getByText(`正在替 ${name} 办理`).waitFor();
    const row = hv.locator('#family-act-open .family-row').first();
    await row.waitFor();
    const title = ((await row.locator('.family-row-title').textContent()) ?? '').trim();
    expect(title.length).toBeGreaterThan(0);
    await expectElderLayout(hp);
    await shot(hp, 'act', width);
    await row.locator('[id^=family-signup-]').click();
    await hv.locator('#family-act-said').getByText(`已替${name}报名「${title}」`, { exact: false }).waitFor();
    await hv.locator('#family-act-signed').getByText(title, { exact: false }).first().waitFor();

    // 5. The member reads it in 家人代办记录, then ends the link.
    await go(mem, '/packageFamily/mine/index');
    await mv.locator('#family-acts').getByText(new RegExp(`^您的女儿 李娟 于 \\d+月\\d+日 \\d\\d:\\d\\d 替您报名了志愿活动「${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}」$`)).waitFor();
    await expectElderLayout(mem);
    await mv.locator('#family-acts').scrollIntoViewIfNeeded();
    await shot(mem, 'record', width);
    await mv.locator('[id^=family-end-]').click();
    await mv.locator('#family-said').getByText('已结束', { exact: false }).waitFor();

    // 6. The helper's next look for the member is refused, in plain words.
    await hp.reload();
    await hv.getByText('帮办关系已经结束', { exact: false }).first().waitFor();
    await hv.locator('#family-act-back').waitFor();
    expect(await hv.locator('#family-acting').count()).toBe(0);
    await shot(hp, 'ended', width);
    await mem.context().close();
    await hp.context().close();
  });
});

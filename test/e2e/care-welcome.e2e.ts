import type { Page } from 'playwright-core';
import { COMBOS, expectElderLayout, option, shown, useE2E } from './support/e2e-env';

/**
 * 荣退 in a real browser, at 320/375 × 标准/特大: staff enter a newly retired cadre, tick one of the
 * "九个一", and hand over the invitation code; the retiree opens the invitation on their own phone, finds
 * the form filled with their name, unit and branch, finishes it and registers; staff see the invitation
 * used. And staff change the bureau's care settings (a wrong number is said next to its box).
 */
describe('荣退 and 关爱服务设置 in Chromium', () => {
  const e2e = useE2E();
  const { go } = e2e;
  const shot = async (page: Page, role: string, name: string, width: number) => {
    await page.waitForTimeout(700); // the page's slide-in
    await e2e.shot(page, role, name, width);
  };

  it.each(COMBOS)('staff welcome a new retiree, who registers with the invitation (%i px, %s type)', async (width, font) => {
    const name = `向${['明华', '春兰', '国庆', '秀英'][COMBOS.findIndex(([w, f]) => w === width && f === font)]}`;
    const staff = await e2e.open(width, 'demo-staff-1', font);
    const sv = shown(staff);
    await go(staff, '/packageStaff/care/index');
    await sv.locator('#care-welcomes').click();
    await sv.locator('#care-welcome-new').click();
    const form = sv.locator('#care-welcome-form');
    await form.getByLabel('姓名', { exact: true }).fill(name);
    await form.getByLabel('原工作单位', { exact: true }).fill('县财政局');
    await option(form, '县教育系统离退休教师党支部（城关镇）').click();
    await expectElderLayout(staff);
    await shot(staff, 'staff', 'care-welcome-new', width);
    await sv.locator('#care-welcome-add').click();

    // The checklist and the code: tick 一次谈心谈话 today.
    await sv.locator('#care-welcome-progress').getByText('“九个一”办了0/9项').waitFor();
    const code = (await sv.locator('#care-invite-code').innerText()).trim();
    expect(code).toMatch(/^[23456789A-HJKMNP-Z]{8}$/);
    await sv.locator('#care-welcome-tick-0').click();
    await sv.locator('#care-welcome-item-0').getByText(/办好，李晓梅记的$/).waitFor();
    await sv.locator('#care-welcome-progress').getByText('“九个一”办了1/9项').waitFor();
    await expectElderLayout(staff);
    await shot(staff, 'staff', 'care-welcome', width);

    // The retiree, on their own phone, opens the shared page: the form is filled in from the invitation.
    const retiree = await e2e.open(width, `retiree-${width}-${font}`, font);
    const rv = shown(retiree);
    await go(retiree, `/packageMember/register/index?invite=${code}`);
    await rv.locator('#register-invite-welcome').getByText(`${name}同志，祝贺您光荣退休！`, { exact: false }).waitFor();
    expect(await rv.getByLabel('姓名', { exact: true }).inputValue()).toBe(name);
    expect(await rv.getByLabel('原工作单位').inputValue()).toBe('县财政局');
    await expectElderLayout(retiree);
    await shot(retiree, 'newuser', 'register-invited', width);
    await rv.getByLabel('出生年份').fill('1966');
    await option(rv, '与老伴同住').click();
    await option(rv, '行动方便').click();
    await option(rv, '不需要').click();
    await rv.getByLabel('联系人姓名').fill('向小军');
    await rv.getByLabel('联系人电话').fill('13807455679');
    await rv.getByLabel('与您的关系').fill('儿子');
    await rv.locator('#pform-submit').click();
    await rv.locator('#home-welcome').getByText(`${name}同志，欢迎您！`, { exact: false }).waitFor();

    // Staff see the invitation used.
    await staff.reload();
    await sv.locator('#care-invite-used').getByText(`${name}同志已经用邀请登记了`, { exact: false }).waitFor();
    for (const p of [staff, retiree]) await p.context().close();
  }, 150_000);

  it.each([375, 320])('staff change the bureau\'s care settings (%i px)', async (width) => {
    const before = (await e2e.api('demo-staff-1', 'care', 'care.settings', {})) as { data: { doubleNinth: { minAge: number } } };
    const staff = await e2e.open(width, 'demo-staff-1');
    const view = shown(staff);
    await go(staff, '/packageStaff/care/index');
    await view.locator('#care-settings-link').click();
    const age = view.getByLabel('重阳节多少岁以上', { exact: true });
    await age.waitFor();
    expect(await age.inputValue()).toBe(String(before.data.doubleNinth.minAge));
    const next = width === 375 ? 75 : 78;
    await view.getByLabel('春节提前多少天', { exact: true }).fill('5');
    await view.locator('#care-settings-save').click();
    await view.getByText('提前天数要在7到60天之间').waitFor();
    await view.getByLabel('春节提前多少天', { exact: true }).fill('30');
    await age.fill(String(next));
    await expectElderLayout(staff);
    await shot(staff, 'staff', 'care-settings', width);
    await view.locator('#care-settings-save').click();
    await view.locator('#care-settings-saved').waitFor();
    const saved = await e2e.api('demo-staff-1', 'care', 'care.settings', {});
    expect(saved).toMatchObject({ ok: true, data: { doubleNinth: { minAge: next }, updatedBy: '李晓梅' } });
    await staff.context().close();
  }, 120_000);
});

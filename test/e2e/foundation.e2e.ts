import { COMBOS, expectElderLayout, option, shown, useE2E } from './support/e2e-env';

/**
 * Signing up and roles in a real browser: a first-time WeChat user registers and lands on 首页; an admin
 * makes a retiree a branch secretary, who then sees the 书记工作台 entry. Both main journeys at 320 and
 * 375 px, at the standard and the 特大 type; each run registers its own new user / appoints its own retiree.
 */
describe('foundation journeys in Chromium', () => {
  const e2e = useE2E();

  it.each(COMBOS)('a new user registers with the 一人一策 form and lands on 首页 (%i px, %s type)', async (width, font) => {
    const page = await e2e.open(width, undefined, font);
    const view = shown(page);
    await page.goto(e2e.url);
    await view.getByText('选择演示身份').first().waitFor();
    await expectElderLayout(page);
    await e2e.shot(page, 'guest', 'devlogin', width);

    await view.locator('#dev-new-user').click();
    await view.getByText('一人一策登记').first().waitFor();
    await expectElderLayout(page);
    await e2e.shot(page, 'newuser', 'register', width);

    // Sending the empty form shows what to fix, next to each field, and registers nobody.
    await view.locator('#pform-submit').click();
    await view.getByText('请填写姓名').first().waitFor();
    await expectElderLayout(page);
    await e2e.shot(page, 'newuser', 'register-errors', width);

    // The banner counts what is left to fix, live, as fields are fixed.
    const notice = view.locator('#profile-notice');
    const left = Number((await notice.innerText()).match(/还有 (\d+) 处/)?.[1]);
    expect(left).toBeGreaterThanOrEqual(8);
    await view.getByLabel('姓名', { exact: true }).fill('覃德福');
    await notice.getByText(`还有 ${left - 1} 处需要修改`, { exact: false }).waitFor();
    await view.getByLabel('出生年份').fill('1950');
    await view.getByLabel('原工作单位').fill('县水利局');
    await option(view, '县教育系统离退休教师党支部（城关镇）').click();
    await option(view, '独居').click();
    await option(view, '行动不太方便').click();
    await option(view, '需要').click();
    await view.getByLabel('联系人姓名').fill('覃小燕');
    await view.getByLabel('联系人电话').fill('13807455678');
    await view.getByLabel('与您的关系').fill('女儿');
    await notice.getByText('都改好了，请再点一次下面的按钮提交。').waitFor();
    // 送学上门 goes to a door: asking for it without an address is the one thing left.
    await view.locator('#pform-submit').click();
    await view.getByText('需要送学上门的，请填写家庭住址，送学的同志才找得到您家').waitFor();
    await notice.getByText('还有 1 处需要修改', { exact: false }).waitFor();
    await view.getByLabel('家庭住址').fill('城关镇河滨路8号');
    await view.getByLabel('好找的标志').fill('村口小卖部旁');
    await notice.getByText('都改好了，请再点一次下面的按钮提交。').waitFor();
    await view.locator('#pform-submit').click();

    await view.locator('#home-welcome').getByText('覃德福同志，欢迎您！', { exact: false }).waitFor();
    await view.getByText(/覃德福同志/).first().waitFor();
    await expectElderLayout(page);
    await page.waitForTimeout(600); // let the page's slide-in finish
    await e2e.shot(page, 'member', 'home', width);

    // The back end agrees: this browser's WeChat identity is now a registered member of that branch.
    const cookie = (await page.context().cookies()).find((c) => c.name === 'yl_dev_openid');
    const me = await e2e.api(cookie?.value as string, 'members', 'members.me', {});
    expect(me).toMatchObject({ ok: true, data: { registered: true, member: { name: '覃德福', branchName: '县教育系统离退休教师党支部', roles: ['member'], address: '城关镇河滨路8号', landmark: '村口小卖部旁' } } });
    await page.context().close();
  }, 120_000);

  // A different retiree per run, so each run's 任命 starts from a plain member.
  const RETIREES = [['张桂兰', 'demo-member-1'], ['杨国华', 'demo-member-2'], ['赵明远', 'demo-member-3'], ['黄素珍', 'demo-member-4']];
  it.each(COMBOS.map(([width, font], i) => [width, font, ...RETIREES[i]] as const))('an admin makes a retiree a branch secretary (%i px, %s type: %s)', async (width, font, name, openid) => {
    const page = await e2e.open(width, 'demo-admin', font);
    const view = shown(page);
    await page.goto(e2e.url);
    await view.getByText(/周建国同志/).first().waitFor();
    await expectElderLayout(page);
    await e2e.shot(page, 'admin', 'home', width);

    await view.getByText('管理员：人员与身份').click();
    await view.locator('#member-keyword input').fill(name.slice(1));
    await view.getByText('查找', { exact: true }).click();
    await view.getByText(name, { exact: true }).waitFor();
    await expectElderLayout(page);
    await e2e.shot(page, 'admin', 'members', width);
    await view.getByText('管理身份').first().click();
    await view.getByText('任命', { exact: true }).first().click();
    await view.locator('#role-confirm').waitFor();
    await expectElderLayout(page);
    await e2e.shot(page, 'admin', 'role-confirm', width);
    await view.locator('#role-confirm-yes').click();
    await view.getByText(new RegExp(`已经任命 ${name} 为`)).waitFor();
    await expectElderLayout(page);
    await e2e.shot(page, 'admin', 'role-granted', width);

    const listed = await e2e.api('demo-admin', 'members', 'members.list', { keyword: name });
    expect(listed).toMatchObject({ ok: true, data: { items: [{ name, roles: ['member', 'secretary'] }] } });

    // The new secretary's 首页 now offers the 书记工作台.
    const theirs = await e2e.open(width, openid, font);
    await theirs.goto(e2e.url);
    await shown(theirs).getByText('书记工作台').first().waitFor();
    await expectElderLayout(theirs);
    await e2e.shot(theirs, 'secretary', 'home', width);
    await theirs.context().close();
    await page.context().close();
  }, 120_000);
});

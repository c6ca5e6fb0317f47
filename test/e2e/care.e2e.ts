import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { COMBOS, expectElderLayout, shown, useE2E } from './support/e2e-env';
import { answerSubscribe } from './support/subscribe';

/**
 * 关爱服务 in a real browser, one member and their branch secretary per run, at 320/375 × 标准/特大:
 * the member sees the 1+1+1 people to ring, asks for help in plain words and tells the bureau of a stay
 * in hospital; the secretary finds the due visit on 关爱服务, opens the person's 服务台账, records the visit
 * with a problem raised, and solves the member's 求助; the member reads 已解决; staff read the year's
 * figures in the bureau's own sentence. Each run has its own member (with a seeded ledger).
 */
const RUNS = [
  ['demo-member-1', '张桂兰', 'demo-secretary-bureau'],
  ['demo-member-20', '孙玉珍', 'demo-secretary-bureau'],
  ['demo-member-13', '田茂林', 'demo-secretary-longtan'],
  ['demo-member-14', '冉启芳', 'demo-secretary-longtan'],
] as const;

describe('关爱服务 journey in Chromium', () => {
  const e2e = useE2E();
  const { go } = e2e;
  const shot = async (page: Page, role: string, name: string, width: number) => {
    await page.waitForTimeout(700); // the page's slide-in
    await e2e.shot(page, role, name, width);
  };

  it.each(COMBOS.map(([width, font], i) => [width, font, ...RUNS[i]] as const))('member asks for help and reports a stay in hospital; the secretary visits and solves it (%i px, %s type, %s)', async (width, font, openid, name, secretary) => {
    const help = `家里的水管漏水了（${width}${font}）`;
    // 1. The member: 我的 → 关爱服务: the people to ring; 我要求助; 我生病住院了.
    const mem = await e2e.open(width, openid, font);
    const mv = shown(mem);
    await go(mem, '/pages/mine/index');
    await mv.locator('#open-care').click();
    const contacts = mv.locator('#care-contacts');
    await contacts.getByText('老干部局联系人').waitFor();
    await contacts.getByRole('button', { name: /^给.+打电话 1\d{10}$/ }).first().waitFor();
    await expectElderLayout(mem);
    await shot(mem, 'member', 'care', width);
    await mv.getByLabel('想请组织帮什么', { exact: true }).fill(help);
    await mv.locator('#care-ask').click();
    await answerSubscribe(mem, 'accept'); // WeChat's sheet: 允许 buys the one message that says it is solved
    await mv.locator('#care-said').getByText('已收到您的求助', { exact: false }).waitFor();
    await mv.locator('#care-tell').getByText('我生病住院了').click();
    await mv.locator('#care-said').getByText(/已告诉组织您住院了，\d+月\d+日前会有人来看望您。/).waitFor();
    await mv.locator('.care-problem', { hasText: help }).getByText('已收到').waitFor();

    // 2. The secretary: 书记工作台 → 关爱服务: the due visit, then the person's 服务台账.
    const sec = await e2e.open(width, secretary, font);
    const sv = shown(sec);
    await go(sec, '/packageSecretary/workbench/index');
    await sv.locator('#workbench-care').click();
    const due = sv.locator('.card', { hasText: `${name} · 生病住院探望` }).filter({ visible: true });
    await due.waitFor();
    await sv.locator('#care-figures').getByText(/^探望生病住院\d+人次，走访慰问\d+人，解决问题\d+个$/).waitFor();
    await expectElderLayout(sec);
    await shot(sec, 'secretary', 'care-desk', width);
    await due.click();
    const ledger = sv.locator('#care-ledger');
    await ledger.waitFor();
    // A secretary reads the ledger without the health notes staff keep.
    expect(await sv.locator('#care-health').count()).toBe(0);
    await ledger.getByText('登记走访').first().click();
    await ledger.getByLabel('走访人', { exact: true }).fill('王德明');
    await ledger.getByLabel('走访情况', { exact: true }).fill('在县医院看望，精神还好');
    await ledger.getByLabel('反映的问题', { exact: true }).fill('出院后没人接');
    await expectElderLayout(sec);
    await shot(sec, 'secretary', 'care-visit-form', width);
    await ledger.getByText('登记这次走访').click();
    await ledger.getByText(/生病住院探望（上门走访）王德明：在县医院看望/).waitFor();
    await ledger.locator('.care-problem', { hasText: '出院后没人接' }).waitFor();
    // Solve the member's own 求助, saying how.
    const asked = ledger.locator('.care-problem', { hasText: help });
    await asked.getByText('办理这个问题').click();
    await asked.getByLabel('办理说明', { exact: true }).fill('社区已派人修好水管');
    await asked.getByText('已解决', { exact: true }).last().click();
    await asked.getByText('社区已派人修好水管', { exact: false }).waitFor();
    await expectElderLayout(sec);
    await shot(sec, 'secretary', 'care-ledger', width);

    // The secretary is her branch contact (1+1+1): she is among 我联系的老同志 on the secretary's own 关爱服务.
    await go(sec, '/pages/mine/care/index');
    await sv.locator('#care-my-people .card', { hasText: name }).first().waitFor();
    await expectElderLayout(sec);
    await shot(sec, 'secretary', 'care-my-people', width);

    // 3. The member reads it: 已解决 on 关爱服务, and the visit received.
    await go(mem, '/pages/mine/care/index');
    await mv.locator('.care-problem', { hasText: help }).getByText('已解决').first().waitFor();
    await mv.locator('#care-visits').getByText(/生病住院探望（上门走访）：王德明/).first().waitFor(); // the newest first
    await expectElderLayout(mem);
    await shot(mem, 'member', 'care-solved', width);
    for (const p of [mem, sec]) await p.context().close();
  }, 180_000);

  it.each([375, 320])('staff read the county\'s figures and the due list with 督办 (%i px)', async (width) => {
    const staff = await e2e.open(width, 'demo-staff-1');
    const view = shown(staff);
    await go(staff, '/packageStaff/console/index');
    await view.locator('#console-care').click();
    await view.locator('#care-figures').getByText(/^探望生病住院\d+人次/).waitFor();
    // The seed's stay in hospital reported five days ago is past its three days.
    await view.locator('.card', { hasText: '冯继红 · 生病住院探望' }).getByText('已超期，请督办').waitFor();
    await expectElderLayout(staff);
    await shot(staff, 'staff', 'care-desk', width);
    // The year's 走访记录 straight to the PC or phone: a real Excel file.
    const [download] = await Promise.all([staff.waitForEvent('download'), view.locator('#care-download-visits').click()]);
    expect(readFileSync(await download.path()).subarray(0, 2).toString('latin1')).toBe('PK');
    await view.locator('#care-download-done').getByText(/^关爱服务_走访记录_\d{4}年\.xlsx：\d+条记录$/).waitFor();
    await view.locator('.card', { hasText: '冯继红 · 生病住院探望' }).click();
    await view.locator('#care-health').getByText('高血压，每天服药', { exact: false }).waitFor();
    await view.locator('#care-keeper').waitFor();
    await expectElderLayout(staff);
    await shot(staff, 'staff', 'care-ledger', width);
    await staff.context().close();
  }, 120_000);

  it.each(COMBOS)('慰问金: one staff member proposes on the ledger, another approves and records it handed over (%i px, %s type)', async (width, font) => {
    const reason = `春节慰问困难党员（${width}${font}）`;
    const first = await e2e.open(width, 'demo-staff-1', font);
    const fv = shown(first);
    await go(first, '/packageStaff/care/index');
    await fv.locator('#care-money').waitFor();
    const ledgerOf = (await e2e.api('demo-staff-1', 'members', 'members.list', { keyword: '黄素珍' })).data as { items: Array<{ id: string }> };
    await go(first, `/packageStaff/care/ledger/index?id=${ledgerOf.items[0].id}`);
    const help = fv.locator('#care-help');
    await help.getByLabel('金额（元）', { exact: true }).fill('500');
    await help.getByLabel('慰问物品', { exact: true }).fill('米一袋、油一桶');
    await help.getByLabel('发放原因', { exact: true }).fill(reason);
    await help.locator('#care-propose').click();
    const mine = help.locator('.care-problem', { hasText: reason });
    await mine.getByText('等另一位工作人员审批。').waitFor(); // the proposer is not offered 批准
    await expectElderLayout(first);
    await shot(first, 'staff', 'care-propose', width);

    const second = await e2e.open(width, 'demo-staff-2', font);
    const sv = shown(second);
    await go(second, '/packageStaff/care/money/index');
    const entry = sv.locator('.care-problem', { hasText: reason });
    await entry.getByText('批准', { exact: true }).click();
    await sv.locator('#care-money-state').getByRole('radio', { name: /待发放/ }).click();
    await entry.getByText('登记已发放').click();
    await sv.locator('#care-money-state').getByRole('radio', { name: /已发放/ }).click();
    await entry.getByText(/李晓梅提出，田志勇审批，田志勇于\d{4}-\d{2}-\d{2}发放/).waitFor();
    await sv.locator('#care-money-figures').getByText(/^慰问\d+人，发放慰问金[\d.,万]+元$/).waitFor();
    await expectElderLayout(second);
    await shot(second, 'staff', 'care-money', width);
    for (const p of [first, second]) await p.context().close();
  }, 120_000);
});

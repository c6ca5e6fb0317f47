import { copyFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, shown, useE2E } from './support/e2e-env';
import { poll } from './support/poll';

/**
 * The other back-office pages at a desk, at 1280 × 800: an admin finds a member in 人员与身份's table,
 * opens them with the keyboard and appoints them 工作人员 in the pane beside it (the phone's role editor,
 * the same audited members.grantRole; the table's row says it without a reload); staff see 关爱服务 with the
 * figures beside the work, the visits due as a table overdue first, and Enter opens that person's 服务台账.
 */
const WIDTH = 1280;
const GALLERY = path.resolve(__dirname, 'gallery');
const saveToGallery = (name: string) => copyFileSync(path.join(SCREENSHOT_DIR, name), path.join(GALLERY, name));

describe('电脑上办公: 人员与身份 and 关爱服务 at a desk', () => {
  const e2e = useE2E();

  const signedInDesk = async (openid: string): Promise<Page> => {
    const desk = await e2e.open(WIDTH);
    await desk.setViewportSize({ width: WIDTH, height: 800 });
    await desk.goto(`${e2e.url}/desk`);
    const code = await poll(async () => (await shown(desk).locator('#desk-code').innerText()).replace(/\s/g, ''), (t) => t.length === 8, 15_000);
    expect((await e2e.api(openid, 'members', 'desk.confirm', { code })).ok).toBe(true);
    await shown(desk).locator('#desk-who').waitFor({ timeout: 20_000 });
    return desk;
  };

  it('an admin appoints a member 工作人员 from the table and the pane beside it', async () => {
    const desk = await signedInDesk('demo-admin');
    const view = shown(desk);
    await desk.locator('#deskframe-nav-packageAdmin-members').click();
    await view.getByLabel('姓名', { exact: true }).fill('冉启芳');
    await view.locator('#member-search').click();
    const table = view.locator('#members-table');
    const row = table.locator('tbody tr', { hasText: '冉启芳' });
    await row.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(1);
    await row.focus();
    await desk.keyboard.press('Enter');
    const pane = view.locator('#members-desk-open');
    await pane.getByRole('heading', { name: '冉启芳' }).waitFor();
    await pane.locator('.roles-row', { hasText: '工作人员' }).getByText('任命', { exact: true }).click();
    await pane.getByText('请确认：任命 冉启芳 为工作人员？').waitFor();
    await pane.locator('#role-confirm-yes').click();
    await pane.getByText('已经任命 冉启芳 为工作人员。').waitFor({ timeout: 20_000 });
    await row.getByText('工作人员').waitFor(); // the table's row, without a reload
    await e2e.shot(desk, 'desk', 'members', WIDTH, 'standard');
    saveToGallery(`desk-members-${WIDTH}-standard.png`);
    const found = await e2e.api('demo-admin', 'members', 'members.list', { keyword: '冉启芳' });
    expect((found.data as { items: Array<{ roles: string[] }> }).items[0].roles).toContain('staff');
    // Put back, so the demo county stays as seeded for the other journeys in this process.
    expect((await e2e.api('demo-admin', 'members', 'members.revokeRole', { memberId: (found.data as { items: Array<{ id: string }> }).items[0].id, role: 'staff' })).ok).toBe(true);
    await desk.context().close();
  });

  it('staff see 关爱服务 with the figures beside the visits due, overdue first, and open a 服务台账 with Enter', async () => {
    const desk = await signedInDesk('demo-staff-1');
    const view = shown(desk);
    await desk.locator('#deskframe-nav-packageStaff-care').click();
    await view.locator('#care-figures').waitFor();
    const table = view.locator('#care-due-desk');
    await table.locator('tbody tr').first().waitFor();
    // Side by side: the figures' column and the work's column start at the same height.
    const [figures, work] = await Promise.all([view.locator('.care-desk-side').boundingBox(), view.locator('.care-desk-main').boundingBox()]);
    expect(Math.abs((figures?.y ?? 0) - (work?.y ?? 99))).toBeLessThan(4);
    expect(work?.x ?? 0).toBeGreaterThan((figures?.x ?? 0) + (figures?.width ?? 0) - 1);
    // Sorted by 期限: the overdue ones first.
    await table.getByRole('button', { name: /期限/ }).click();
    const dues = await table.locator('tbody tr td:nth-child(4)').allInnerTexts();
    const firstNotOverdue = dues.findIndex((t) => !t.includes('已超期'));
    expect(dues.slice(firstNotOverdue === -1 ? dues.length : firstNotOverdue).some((t) => t.includes('已超期'))).toBe(false);
    expect(dues[0]).toContain('已超期'); // the seeded county has one past its day
    await e2e.shot(desk, 'desk', 'care', WIDTH, 'standard');
    saveToGallery(`desk-care-${WIDTH}-standard.png`);
    const name = (await table.locator('tbody tr').first().locator('td').first().innerText()).trim();
    await table.locator('tbody tr').first().focus();
    await desk.keyboard.press('Enter');
    await view.getByText(`${name}的服务台账`, { exact: false }).first().waitFor();
    await desk.context().close();
  });
});

import { shown, useE2E } from './support/e2e-env';
import { DESK_WIDTH as WIDTH, saveToGallery, signedInDesk } from './support/desk';

/**
 * The other back-office pages at a desk, at 1280 × 800: an admin finds a member in 人员与身份's table,
 * opens them with the keyboard and appoints them 工作人员 in the pane beside it (the phone's role editor,
 * the same audited members.grantRole; the table's row says it without a reload); staff see 关爱服务 with the
 * figures beside the work, the visits due as a table overdue first, and Enter opens that person's 服务台账;
 * a secretary publishes a draft from the lessons table's own row, and staff read a held lesson beside the
 * 课程审核 table and pass it — each move the phone's own action, read back through the API.
 */

describe('电脑上办公: 人员与身份, 关爱服务 and 课程 at a desk', () => {
  const e2e = useE2E();

  it('an admin appoints a member 工作人员 from the table and the pane beside it', async () => {
    const { desk } = await signedInDesk(e2e, 'demo-admin');
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
    const { desk } = await signedInDesk(e2e, 'demo-staff-1');
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

  it('a secretary publishes a lesson from the table; staff read a held one beside 课程审核 and pass it', async () => {
    const SECRETARY = 'demo-secretary-bureau';
    const stamp = Date.now() % 100000;
    const draft = `电脑上发布的课（${stamp}）`;
    const held = `电脑上审核的课（${stamp}）`;
    const lesson = (title: string, text: string) => ({ lesson: { title, summary: '一两句话的简介。', category: 'micro', body: [{ type: 'paragraph', text }], estimatedMinutes: 3, audience: 'branch' } });
    const ids: Record<string, string> = {};
    for (const [title, text] of [[draft, '冬季取暖，注意通风，防止一氧化碳中毒。'], [held, '正文里有【待审】这样的字，其实没有问题。']] as const) {
      const saved = await e2e.api(SECRETARY, 'lessons', 'lessons.save', lesson(title, text));
      ids[title] = (saved.data as { id: string }).id;
    }
    const statusOf = async (openid: string, title: string) => {
      const res = await e2e.api(openid, 'lessons', 'lessons.manage', { pageSize: 50 });
      return (res.data as { items: Array<{ title: string; status: string }> }).items.find((l) => l.title === title)?.status;
    };

    const { desk: sec } = await signedInDesk(e2e, SECRETARY);
    const sv = shown(sec);
    await sec.locator('#deskframe-nav-packageSecretary-lessons').click();
    const table = sv.locator('#lessons-table');
    await table.locator('tbody tr', { hasText: draft }).waitFor();
    await sv.locator('#lessons-filter-draft').click();
    expect(await table.locator('tbody tr', { hasText: '已发布' }).count()).toBe(0);
    await sv.locator(`#lesson-desk-moves-${ids[draft]}`).getByText('发布', { exact: true }).click();
    await sv.getByText(`“${draft}”已发布，老同志现在可以看到了。`).waitFor({ timeout: 20_000 });
    expect(await statusOf(SECRETARY, draft)).toBe('published');
    await sv.locator(`#lesson-desk-moves-${ids[held]}`).getByText('发布', { exact: true }).click();
    await sv.getByText(`“${held}”内容需要工作人员审核，审核通过后自动发布。`).waitFor({ timeout: 20_000 });
    await sv.locator('#lessons-filter-all').click();
    await e2e.shot(sec, 'desk', 'lessons', WIDTH, 'standard');
    saveToGallery(`desk-lessons-${WIDTH}-standard.png`);
    await sec.context().close();

    const { desk } = await signedInDesk(e2e, 'demo-staff-1');
    const view = shown(desk);
    await desk.locator('#deskframe-nav-packageStaff-lessons-review').click();
    const review = view.locator('#review-table');
    const row = review.locator('tbody tr', { hasText: held });
    await row.waitFor();
    await row.focus();
    await desk.keyboard.press('Enter');
    const pane = view.locator('#review-desk-open');
    await pane.getByText('看全文').click();
    await pane.getByText('其实没有问题', { exact: false }).waitFor();
    await e2e.shot(desk, 'desk', 'lesson-review', WIDTH, 'standard');
    saveToGallery(`desk-lesson-review-${WIDTH}-standard.png`);
    await pane.getByText('通过，发布').click();
    await pane.getByText(`“${held}”已通过审核并发布。`).waitFor({ timeout: 20_000 });
    await row.getByText('已办').waitFor();
    expect(await statusOf(SECRETARY, held)).toBe('published');
    await desk.context().close();
  });
});

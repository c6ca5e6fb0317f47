import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expectElderLayout, option, shown, useE2E } from './support/e2e-env';

/**
 * Staff and secretary pages in Chromium: staff create a team and appoint its leader, read the figures,
 * download the hours ledger (a real xlsx), search the talent pool; a leader changes and then calls off an
 * activity; a secretary records a 金点子 for a member of the branch (代录) and the member sees it in
 * 我的金点子. Screenshots at 375 and 320 px.
 */
const WIDTHS = [375, 320] as const;
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Serious or critical axe findings on the page in view (none expected). */
const axeSerious = async (page: Page): Promise<string[]> => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const root = document.querySelector('.taro_page_show') ?? document.body;
    const axe = (window as unknown as { axe: { run: (el: Element, o: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe;
    const { violations } = await axe.run(root, { resultTypes: ['violations'] });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}×${v.nodes.length}`);
  });
};

describe('staff and secretary pages in Chromium', () => {
  const e2e = useE2E();
  const { go } = e2e;
  const settle = (page: Page) => page.waitForTimeout(600); // the page's slide-in

  it.each(WIDTHS)('staff enter a place once (name, address, map position) and correct it (%i px)', async (width) => {
    const page = await e2e.open(width, 'demo-staff-1');
    const view = shown(page);
    await go(page, '/packageStaff/console/index');
    await view.locator('#console-places').click();
    await view.locator('#places-list').getByText('城关社区村部院坝').waitFor();
    const name = `白岩村村委会（${width}）`;
    await view.locator('#place-save').click(); // empty: each box says what it needs, nothing is saved
    await view.getByText('请填写纬度').waitFor();
    await view.getByLabel('地点名称').fill(name);
    await view.getByLabel('详细地址').fill('酉水县城关镇白岩村一组');
    await view.getByLabel('纬度').fill('28.86');
    await view.getByLabel('经度').fill('108.74');
    await view.locator('#place-save').click();
    await view.getByText(`已保存“${name}”，发布小讲堂和志愿活动时可以直接选。`).waitFor();
    await view.locator('#places-list').getByText(name).click();
    await view.locator('#place-form-title').getByText(`修改“${name}”`).waitFor();
    await view.getByLabel('详细地址').fill('酉水县城关镇白岩村一组12号');
    await view.locator('#place-save').click();
    await view.locator('#places-list').getByText('酉水县城关镇白岩村一组12号').waitFor();
    await expectElderLayout(page);
    await settle(page);
    await e2e.shot(page, 'staff', 'places', width);
    const listed = await e2e.api('demo-staff-1', 'members', 'places.list', {});
    expect((listed.data as { items: Array<{ name: string; latitude: number }> }).items.find((p) => p.name === name)).toMatchObject({ latitude: 28.86 });
    await page.context().close();
  }, 120_000);

  it('staff create a team and appoint a leader, see the figures, download the ledger, search the talent pool', async () => {
    const page = await e2e.open(375, 'demo-staff-1');
    const view = shown(page);

    await go(page, '/packageStaff/console/index');
    await view.locator('#console-vol-team-new').waitFor();
    await expectElderLayout(page);
    await settle(page);
    await e2e.shot(page, 'staff', 'console', 375);

    // New team → appoint its leader, found by name.
    await view.locator('#console-vol-team-new').click();
    await view.getByLabel('队名').waitFor();
    await view.getByLabel('队名').fill('银铃耀酉水·城关法律明白人服务队');
    await option(view, '服务队').click();
    await view.getByRole('checkbox', { name: /社会治理/ }).click();
    await view.getByRole('checkbox', { name: /乡村振兴/ }).click();
    await view.getByLabel('所在乡镇或单位').fill('城关镇');
    await view.getByLabel('简介').fill('为群众讲解常用法律知识，参与矛盾纠纷调解。');
    await expectElderLayout(page);
    await settle(page);
    await e2e.shot(page, 'staff', 'team-new', 375);
    await view.locator('#team-create').click();
    await view.locator('#team-created').waitFor();
    await view.locator('#leader-current').getByText('现任队长：还没有').waitFor();
    await view.getByLabel('队长姓名').fill('玉珍');
    await view.locator('#leader-search').click();
    await view.getByText('任命孙玉珍为队长').click();
    await view.locator('#leader-done').waitFor();
    await view.locator('#leader-current').getByText('现任队长：孙玉珍').waitFor();
    await expectElderLayout(page);
    await settle(page);
    await e2e.shot(page, 'staff', 'leader-appointed', 375);
    const teams = await e2e.api('demo-member-20', 'volunteers', 'volunteers.mine', {});
    expect((teams.data as { teams: Array<{ name: string; isLeader: boolean }> }).teams).toContainEqual(
      expect.objectContaining({ name: '银铃耀酉水·城关法律明白人服务队', isLeader: true }),
    );

    // Figures for this year, and the ledger downloaded as a real Excel file.
    await go(page, '/packageStaff/volunteers/figures/index');
    await view.locator('#figures-totals').waitFor();
    await view.locator('#figures-by-team').getByText(/城关科技下乡服务队/).first().waitFor();
    await expectElderLayout(page);
    const [download] = await Promise.all([page.waitForEvent('download'), view.locator('#ledger-download').click()]);
    const file = await download.path();
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBeGreaterThan(1000);
    await view.locator('#ledger-ready').waitFor();
    await settle(page);
    await e2e.shot(page, 'staff', 'volunteer-figures', 375);

    // Talent pool by skill.
    await go(page, '/packageStaff/volunteers/talent/index');
    await option(view, '农技').click();
    await view.getByText('赵明远').first().waitFor();
    await view.getByText(/^打电话 1390745\d{4}$/).first().waitFor();
    expect(await axeSerious(page)).toEqual([]);
    await expectElderLayout(page);
    await settle(page);
    await e2e.shot(page, 'staff', 'talent-pool', 375);

    // The same pages at 320 px.
    const narrow = await e2e.open(320, 'demo-staff-1');
    const nv = shown(narrow);
    for (const [path, ready, name] of [
      ['/packageStaff/console/index', '#console-vol-figures', 'console'],
      ['/packageStaff/volunteers/figures/index', '#figures-totals', 'volunteer-figures'],
      ['/packageStaff/volunteers/team-new/index', '#team-create', 'team-new'],
      ['/packageStaff/volunteers/leader/index', '#leader-teams', 'leader-pick-team'],
    ] as const) {
      await go(narrow, path);
      await nv.locator(ready).waitFor();
      await expectElderLayout(narrow);
      expect({ path, axe: await axeSerious(narrow) }).toEqual({ path, axe: [] });
      await settle(narrow);
      await e2e.shot(narrow, 'staff', name, 320);
    }
    await go(narrow, '/packageStaff/volunteers/talent/index');
    await option(nv, '医疗').click();
    await nv.locator('#talent-heading').waitFor();
    await settle(narrow);
    await e2e.shot(narrow, 'staff', 'talent-pool', 320);
  });

  it('a leader changes an activity (not below the seats taken) and then calls it off; the member sees 已取消', async () => {
    // 09:30 in Shanghai, three days out: the edit form has one date for start and end, so an activity
    // posted "now + 3 days" late in the evening would run past midnight and could not be saved as shown.
    const day = new Date(Date.now() + 3 * 24 * 3_600_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    const start = Date.parse(`${day}T09:30:00+08:00`);
    const posted = await e2e.api('demo-member-3', 'volunteers', 'volunteers.postActivity', {
      teamId: (await e2e.api('demo-member-3', 'volunteers', 'volunteers.mine', {}) as { data: { teams: Array<{ id: string; isLeader: boolean }> } }).data.teams.find((t) => t.isLeader)?.id,
      title: '社区防诈骗讲座', description: '讲解常见电信诈骗手法。', field: 'governance', place: '城关镇社区活动室', capacity: 2, needsApproval: false,
      startAt: new Date(start).toISOString(), endAt: new Date(start + 2 * 3_600_000).toISOString(), deadline: new Date(start - 3_600_000).toISOString(),
    });
    const activityId = (posted.data as { id: string }).id;
    expect((await e2e.api('demo-member-1', 'volunteers', 'volunteers.signUp', { activityId })).ok).toBe(true);
    expect((await e2e.api('demo-member-2', 'volunteers', 'volunteers.signUp', { activityId })).ok).toBe(true);

    for (const width of WIDTHS) {
      const page = await e2e.open(width, 'demo-member-3');
      const view = shown(page);
      await go(page, `/packageStaff/volunteers/roster/index?id=${activityId}`);
      await view.locator('#roster-edit').click();
      await view.locator('#edit-save').waitFor();
      await expectElderLayout(page);
      expect(await axeSerious(page)).toEqual([]);
      if (width === 375) {
        // Two seats are taken: the capacity may not go below them, and the page says so next to the box.
        await view.getByLabel('人数上限').fill('1');
        await view.locator('#edit-save').click();
        await view.getByText('已有2人报名，人数上限不能少于2').first().waitFor();
        await settle(page);
        await e2e.shot(page, 'leader', 'activity-edit-below-taken', width);
        await view.getByLabel('人数上限').fill('3');
        await view.getByLabel('地点', { exact: true }).fill('城关镇文化广场');
        await view.locator('#edit-save').click();
        await view.locator('#edit-note').waitFor();
      }
      await settle(page);
      await e2e.shot(page, 'leader', 'activity-edit', width);
    }
    const page = await e2e.open(375, 'demo-member-3');
    const view = shown(page);
    await go(page, `/packageStaff/volunteers/edit/index?id=${activityId}`);
    await view.getByLabel('取消原因').fill('暴雨预警，改期另行通知');
    await view.locator('#cancel-activity').click();
    await view.locator('#cancel-confirm').waitFor();
    await settle(page);
    await e2e.shot(page, 'leader', 'activity-cancel-confirm', 375);
    await view.locator('#cancel-yes').click();
    await view.locator('#edit-note').getByText(/活动已取消，已通知2位/).waitFor();

    const member = await e2e.open(375, 'demo-member-1');
    await go(member, `/pages/volunteer/activity/index?id=${activityId}`);
    await shown(member).locator('#activity-cancelled').getByText(/暴雨预警/).waitFor();
    await settle(member);
    await e2e.shot(member, 'member', 'activity-cancelled', 375);
    const detail = await e2e.api('demo-member-1', 'volunteers', 'volunteers.activity', { activityId });
    expect(detail.data).toMatchObject({ phase: 'cancelled', place: '城关镇文化广场', cancelReason: '暴雨预警，改期另行通知' });
  });

  it('a secretary records a 金点子 for a member of the branch (代录); the member sees it in 我的金点子', async () => {
    const TITLE = '建议小区门口加装扶手';
    for (const width of WIDTHS) {
      const page = await e2e.open(width, 'demo-secretary-bureau');
      const view = shown(page);
      await go(page, '/packageSecretary/workbench/index');
      await view.locator('#workbench-idea-proxy').click();
      await view.locator('#proxy-rule').waitFor();
      await view.getByLabel('姓名').fill('玉珍');
      await view.locator('#proxy-search').click();
      await view.locator('#proxy-people').getByText('孙玉珍').waitFor();
      await expectElderLayout(page);
      expect(await axeSerious(page)).toEqual([]);
      await settle(page);
      await e2e.shot(page, 'secretary', 'idea-proxy-pick', width);
      if (width !== 375) continue;
      await view.locator('#proxy-people').getByText('孙玉珍').click();
      await option(view, '基础设施').click();
      await view.locator('#proxy-next-2').click();
      await view.getByLabel('标题').fill(TITLE);
      await view.getByLabel('具体内容').fill('滨河小区门口台阶较陡，老人上下不便，建议在两侧加装扶手。');
      await expectElderLayout(page);
      expect(await axeSerious(page)).toEqual([]);
      await settle(page);
      await e2e.shot(page, 'secretary', 'idea-proxy-write', width);
      await view.locator('#proxy-send').click();
      await view.locator('#proxy-receipt').waitFor();
      await view.getByText(/记为“王德明代录”/).waitFor();
      await settle(page);
      await e2e.shot(page, 'secretary', 'idea-proxy-done', width);
    }

    const member = await e2e.open(375, 'demo-member-20');
    const mv = shown(member);
    await go(member, '/pages/ideas/mine/index');
    await mv.getByText(TITLE).first().click();
    await mv.locator('#idea-detail').waitFor();
    await mv.getByText('由支部书记代为录入').waitFor();
    await expectElderLayout(member);
    await settle(member);
    await e2e.shot(member, 'member', 'ideas-mine-proxy', 375);
  });
});

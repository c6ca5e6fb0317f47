import { expectElderLayout, option, shown, useE2E } from './support/e2e-env';

/**
 * Long forms in Chromium keep what is typed across a restart, say so, and offer 清空重写: register,
 * 修改资料, the lesson editor, posting and editing an activity, 安排小讲堂, and a secretary's 代录.
 */
describe('forms kept across a restart in Chromium', () => {
  const e2e = useE2E();
  const { go } = e2e;

  it('every long form keeps what is typed across a restart, with 清空重写 (register, 修改资料, lesson editor, activity post and edit, 安排小讲堂)', async () => {
    const teams = (await e2e.api('demo-member-1', 'volunteers', 'volunteers.teams', {})) as { data?: { items: Array<{ id: string }> } };
    const teamId = teams.data?.items?.[0]?.id as string;
    const acts = (await e2e.api('demo-member-1', 'volunteers', 'volunteers.activities', {})) as { data?: { items: Array<{ id: string; phase: string }> } };
    const openActivity = acts.data?.items.find((a) => a.phase === 'open')?.id as string;
    expect(openActivity).toBeDefined();
    const forms = [
      { openid: 'demo-new-draftdraftdraft', path: '/packageMember/register/index', label: '原工作单位', text: '县水利局', name: 'register' },
      { openid: 'demo-member-6', path: '/packageMember/edit/index', label: '其他需要说明的情况', text: '腿脚不便，上下楼要人扶', name: 'profile-edit' },
      { openid: 'demo-secretary-bureau', path: '/packageSecretary/lessons/edit/index', label: '课程标题', text: '学习身边的好支书', name: 'lesson-edit' },
      { openid: 'demo-staff-1', path: `/packageStaff/volunteers/post/index?teamId=${teamId}`, label: '活动名称', text: '重阳节敬老义诊', name: 'activity-post' },
      { openid: 'demo-staff-1', path: `/packageStaff/volunteers/edit/index?id=${openActivity}`, label: '活动名称', text: '改过的活动名称', name: 'activity-edit' },
      { openid: 'demo-secretary-bureau', path: '/packageSecretary/sessions/schedule/index', label: '主题', text: '学习新修订的老干部工作条例', name: 'session-schedule' },
    ];
    // 320 px at 特大 (the tightest fit for the notice and its button), 375 px at standard.
    for (const [width, font] of [[320, 'xlarge'], [375, 'standard']] as const) {
      for (const f of forms) {
        const page = await e2e.open(width, f.openid, font);
        const view = shown(page);
        await go(page, f.path);
        const box = view.getByLabel(f.label, { exact: true });
        await box.fill(f.text);
        await page.waitForTimeout(800); // the pause after typing that saves
        await page.reload();
        await view.locator('#draft-notice').waitFor();
        expect(await view.getByLabel(f.label, { exact: true }).inputValue()).toBe(f.text);
        await expectElderLayout(page);
        await e2e.shot(page, f.openid.includes('staff') ? 'staff' : f.openid.includes('secretary') ? 'secretary' : 'member', `elder-draft-${f.name}`, width, font);
        // 清空重写: the form is as it opened, and stays so after another restart.
        await view.locator('#draft-notice-clear').click();
        expect(await view.locator('#draft-notice').count()).toBe(0);
        expect(await view.getByLabel(f.label, { exact: true }).inputValue()).not.toBe(f.text);
        await page.waitForTimeout(800);
        await page.reload();
        await view.getByLabel(f.label, { exact: true }).waitFor();
        expect(await view.locator('#draft-notice').count()).toBe(0);
        await page.context().close();
      }
    }
  }, 240_000);

  it('代录: the person, category and text a secretary typed survive a restart (320 px, 特大)', async () => {
    const page = await e2e.open(320, 'demo-secretary-bureau', 'xlarge');
    const view = shown(page);
    await go(page, '/packageSecretary/ideas/proxy/index');
    await view.getByLabel('姓名').fill('玉珍');
    await view.locator('#proxy-search').click();
    await view.locator('#proxy-people').getByText('孙玉珍').click();
    await option(view, '基础设施').click();
    await view.locator('#proxy-next-2').click();
    await view.getByLabel('标题').fill('滨河小区门口台阶加装扶手');
    await page.waitForTimeout(800);
    await page.reload();
    await view.locator('#draft-notice').waitFor();
    expect(await view.getByLabel('标题').inputValue()).toBe('滨河小区门口台阶加装扶手');
    await view.getByText('孙玉珍').first().waitFor();
    await expectElderLayout(page);
    await e2e.shot(page, 'secretary', 'elder-draft-idea-proxy', 320, 'xlarge');
    await page.context().close();
  }, 120_000);
});

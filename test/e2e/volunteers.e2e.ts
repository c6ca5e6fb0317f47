import type { Locator, Page } from 'playwright-core';
import { expectElderLayout, shown, startE2E, type E2E } from './support/e2e-env';

/**
 * Issue #5's journey in Chromium: a member finds a team and asks to join, signs up for an activity that
 * starts soon, checks in with the code the leader shows, and sees their hours; the leader marks and
 * corrects hours on an activity under way, and the member's total grows. At 375 px, key pages at 320 too.
 */
const option = (view: Locator, label: string) => view.getByRole('radio', { name: new RegExp(`(^|\\s)${label}$`) });

interface Activity { id: string; title: string }

describe('volunteering journey in Chromium', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  }, 180_000);
  afterAll(() => e2e?.close());

  const go = async (page: Page, path: string) => {
    await page.goto(`${e2e.url}/#${path}`);
  };
  const activityNamed = async (title: string): Promise<Activity> => {
    const res = await e2e.api('demo-member-1', 'volunteers', 'volunteers.activities', { when: 'upcoming', pageSize: 50 });
    const found = (res.data as { items: Activity[] }).items.find((a) => a.title === title);
    if (!found) throw new Error(`no activity ${title}`);
    return found;
  };

  it('a member finds a team, signs up, checks in with the code and sees the hours', async () => {
    const width = 375;
    const page = await e2e.open(width, 'demo-member-1');
    const view = shown(page);

    // 我的志愿: hours already served (seeded: 3 activities, 7.5 hours).
    await go(page, '/pages/volunteer/index');
    await view.locator('#vol-total-hours').getByText('7.5小时').waitFor();
    await expectElderLayout(page);
    await e2e.shot(page, 'member', 'volunteer-home', width);

    // Find a team by field and ask to join.
    await view.locator('#vol-entry-teams').click();
    await view.getByText('找服务队').first().waitFor();
    await option(view, '关心下一代').click();
    await view.getByText('银铃耀酉水·五老关心下一代服务队').first().waitFor();
    await expectElderLayout(page);
    await e2e.shot(page, 'member', 'volunteer-teams', width);
    await view.getByText('银铃耀酉水·五老关心下一代服务队').first().click();
    await view.locator('#team-join').click();
    await view.getByText('申请已提交，队长同意后您就是队员了。').waitFor();
    await e2e.shot(page, 'member', 'volunteer-team-applied', width);

    // Sign up for the activity that starts within the hour.
    const orchard = await activityNamed('冬季果园管护现场课');
    await go(page, `/pages/volunteer/activity/index?id=${orchard.id}`);
    await view.locator('#signup').click();
    await view.locator('#my-signup').getByText('已报名').waitFor();
    await expectElderLayout(page);
    await e2e.shot(page, 'member', 'volunteer-signed-up', width);

    // The leader opens the roster and shows the code.
    const leader = await e2e.open(width, 'demo-member-3');
    await go(leader, `/packageStaff/volunteers/roster/index?id=${orchard.id}`);
    const codeText = shown(leader).locator('#check-code .vol-code');
    await codeText.waitFor();
    const code = (await codeText.innerText()).trim();
    expect(code).toMatch(/^\d{4}$/);
    await shown(leader).getByText('张桂兰').first().waitFor();
    await expectElderLayout(leader);
    await e2e.shot(leader, 'leader', 'volunteer-roster-code', width);

    // A wrong code says so next to the box; the right one checks in.
    const wrong = code === '0000' ? '1111' : '0000';
    await view.getByLabel('签到码').fill(wrong);
    await view.locator('#check-submit').click();
    await view.getByText('签到码不对，请看清队长出示的4位数字再输入').waitFor();
    await view.getByLabel('签到码').fill(code);
    await view.locator('#check-submit').click();
    await view.getByText('签到成功！活动结束时请再输入签到码签退。').waitFor();
    await e2e.shot(page, 'member', 'volunteer-checked-in', width);

    // The leader sees the check-in on the roster.
    await leader.reload();
    await shown(leader).getByText(/签到 \d{2}:\d{2}/).first().waitFor();

    // On an activity under way the leader marks 张桂兰 in and out by hand and corrects her hours (audited).
    const classroom = await activityNamed('社区智能手机课堂');
    await go(leader, `/packageStaff/volunteers/roster/index?id=${classroom.id}`);
    const row = shown(leader).locator('.card', { hasText: '张桂兰' }).first();
    await row.getByText('登记签到').click();
    await row.getByText('登记签退').click();
    await row.getByText(/时长 0小时/).waitFor();
    await row.getByText('更正时长').click();
    await row.getByLabel('服务时长（分钟）').fill('150');
    await row.getByLabel('更正原因').fill('手机没电，按实际到场时间登记');
    await row.getByText('保存更正').click();
    await row.getByText(/已更正：手机没电/).waitFor();
    await e2e.shot(leader, 'leader', 'volunteer-roster-corrected', width);

    // The member's total grows by 2.5 hours, and the record lists every service.
    await go(page, '/pages/volunteer/index');
    await view.locator('#vol-total-hours').getByText('10小时').waitFor();
    await e2e.shot(page, 'member', 'volunteer-home-after', width);
    await view.locator('#vol-entry-record').click();
    await view.locator('#service-record').getByText(/累计服务时长 10小时/).waitFor();
    await view.locator('#service-record').getByText('社区智能手机课堂（科技下乡）').waitFor();
    await expectElderLayout(page);
    await page.waitForTimeout(500); // let Taro's page slide finish so the picture shows one page
    await e2e.shot(page, 'member', 'volunteer-record', width);
  }, 120_000);

  it.each([320])('the main volunteer pages fit a %i px phone', async (width) => {
    const page = await e2e.open(width, 'demo-member-4');
    const view = shown(page);
    await go(page, '/pages/volunteer/index');
    await view.locator('#vol-total-hours').waitFor();
    await expectElderLayout(page);
    await e2e.shot(page, 'member', 'volunteer-home', width);
    await go(page, '/pages/volunteer/activities/index');
    await view.locator('#activity-list .card').first().waitFor();
    await expectElderLayout(page);
    await e2e.shot(page, 'member', 'volunteer-activities', width);
    const talk = await activityNamed('智能手机防诈骗讲座');
    await go(page, `/pages/volunteer/activity/index?id=${talk.id}`);
    await view.locator('#activity-detail').waitFor();
    await expectElderLayout(page);
    await e2e.shot(page, 'member', 'volunteer-activity', width);
    const leader = await e2e.open(width, 'demo-member-3');
    await go(leader, `/packageStaff/volunteers/roster/index?id=${talk.id}`);
    await shown(leader).locator('#check-code').waitFor();
    await expectElderLayout(leader);
    await e2e.shot(leader, 'leader', 'volunteer-roster', width);
    await go(leader, '/packageStaff/volunteers/post/index');
    await shown(leader).locator('#post-submit').waitFor();
    await e2e.shot(leader, 'leader', 'volunteer-post', width);
  }, 120_000);
});

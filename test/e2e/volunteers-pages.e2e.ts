import { expectElderLayout, shown, useE2E } from './support/e2e-env';
import { activityNamed, recordPicture } from './support/volunteering';

/**
 * The volunteer pages in Chromium beyond the member's journey: the main pages, the roster, the post form
 * and the record picture fit a 320 px phone; staff replace a team's leader, and the former leader loses
 * the roster at once.
 */
describe('volunteer pages and a team leader replaced in Chromium', () => {
  const e2e = useE2E();
  const { go } = e2e;

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
    const talk = await activityNamed(e2e, '智能手机防诈骗讲座');
    await go(page, `/pages/volunteer/activity/index?id=${talk.id}`);
    await view.locator('#activity-detail').waitFor();
    // Where and who: the activity centre's address from staff's 常用地点, and the leader (赵明远) to ring.
    await view.locator('#where-address').getByText('酉水县城关镇人民路56号二楼').waitFor();
    await view.getByRole('button', { name: /^给组织人赵明远打电话 1\d{10}$/ }).waitFor();
    await view.locator('#where-map').waitFor();
    await expectElderLayout(page);
    await e2e.shot(page, 'member', 'volunteer-activity', width);
    const leader = await e2e.open(width, 'demo-member-3');
    await go(leader, `/packageStaff/volunteers/roster/index?id=${talk.id}`);
    await shown(leader).locator('#check-code').waitFor();
    await expectElderLayout(leader);
    await e2e.shot(leader, 'leader', 'volunteer-roster', width);
    await go(leader, '/packageStaff/volunteers/post/index');
    await shown(leader).locator('#post-submit').waitFor();
    await shown(leader).locator('#place-picker').getByRole('radio', { name: '城关镇老年活动中心' }).waitFor();
    await e2e.shot(leader, 'leader', 'volunteer-post', width);
    // The record and its picture at 320 px too (demo-member-4 has served: seeded hours).
    await go(page, '/pages/volunteer/record/index');
    await view.locator('#service-record').waitFor();
    await recordPicture(e2e, page, width, '黄素珍');
  }, 120_000);

  it.each([375, 320])('staff replace a team leader at %i px; the former leader loses the roster at once', async (width) => {
    const team = width === 375 ? '银铃耀酉水·书法进万家服务队' : '银铃耀酉水·生态护林服务队';
    const former = width === 375 ? 'demo-member-20' : 'demo-member-17';
    const successor = width === 375 ? '杨国华' : '姚凤英';
    const teams = await e2e.api('demo-staff-1', 'volunteers', 'volunteers.teams', { keyword: team.split('·')[1].slice(0, 4), pageSize: 5 });
    const teamId = (teams.data as { items: Array<{ id: string; name: string; leaderNames: string[] }> }).items.find((t) => t.name === team)?.id;
    if (!teamId) throw new Error(`no team ${team}`);
    const staff = await e2e.open(width, 'demo-staff-1');
    const view = shown(staff);
    await go(staff, `/packageStaff/volunteers/leader/index?teamId=${teamId}`);
    await view.locator('#leader-remove-0').click();
    await view.getByLabel('免去的原因').fill('年事已高，本人请辞');
    await view.getByLabel('接任的人的姓名').fill(successor);
    await view.locator('#leader-search').click();
    await expectElderLayout(staff);
    await e2e.shot(staff, 'staff', 'volunteer-leader-replace', width);
    await view.locator('#leader-people').getByText(new RegExp(`^由${successor}接替`)).first().click();
    await view.locator('#leader-done').getByText(new RegExp(`已由${successor}接替.*仍是队员，不再管理这个队`)).waitFor();
    await view.locator('#leader-current').getByText(`现任队长：${successor}`).waitFor();
    await e2e.shot(staff, 'staff', 'volunteer-leader-replaced', width);
    const team2 = await e2e.api(former, 'volunteers', 'volunteers.team', { teamId });
    expect(team2.data).toMatchObject({ canManage: false, myStatus: 'active' });
    expect((await e2e.api(former, 'volunteers', 'volunteers.applications', { teamId })).error?.code).toBe('FORBIDDEN');
  }, 120_000);
});

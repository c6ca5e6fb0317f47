import { hoursText } from '../../client/features/volunteers/format';
import { answerSubscribe } from './support/subscribe';
import { COMBOS, expectElderLayout, option, shown, useE2E } from './support/e2e-env';
import { activityNamed, recordPicture } from './support/volunteering';

/**
 * 志愿服务 in Chromium: a member finds a team and asks to join, signs up for an activity that starts
 * soon, checks in with the code the leader shows, and sees their hours; the leader marks and corrects
 * hours on an activity under way, and the member's total grows; staff then check the record's number.
 * The member's journey runs at 320 and 375 px, at the standard and the 特大 type, each run its own member;
 * the leader's hand correction needs 张桂兰 (signed up for the class under way), so it runs in her run
 * (375 px, standard). The other volunteer pages are in volunteers-pages.e2e.ts.
 */

/** Members with seeded hours, in none of 冬季果园 / 关心下一代 yet, one per run; 张桂兰 gets the full journey. */
const RUNS = [['demo-member-10', '胡文斌'], ['demo-member-1', '张桂兰'], ['demo-member-13', '田茂林'], ['demo-member-14', '冉启芳']] as const;

describe('volunteering journey in Chromium', () => {
  const e2e = useE2E();
  const { go } = e2e;

  it.each(COMBOS.map(([width, font], i) => [width, font, ...RUNS[i]] as const))('a member finds a team, signs up, checks in with the code and sees the hours (%i px, %s type, %s)', async (width, font, openid, name) => {
    const full = openid === 'demo-member-1';
    const served = ((await e2e.api(openid, 'volunteers', 'volunteers.serviceRecord', {})).data as { totalMinutes: number }).totalMinutes;
    if (full) expect(served).toBe(450); // seeded: 3 activities, 7.5 hours
    expect(served).toBeGreaterThan(0);
    const page = await e2e.open(width, openid, font);
    const view = shown(page);

    // 我的志愿: hours already served.
    await go(page, '/pages/volunteer/index');
    await view.locator('#vol-total-hours').getByText(hoursText(served)).waitFor();
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
    await view.getByText('申请已提交，队长同意后您就是队员了').waitFor();
    // Said once: the membership line is the answer, with no second message repeating it.
    expect(await view.getByText(/队长同意/).count()).toBe(1);
    await expectElderLayout(page);
    await e2e.shot(page, 'member', 'volunteer-team-applied', width);

    // Sign up for the activity that starts within the hour.
    const orchard = await activityNamed(e2e, '冬季果园管护现场课');
    await go(page, `/pages/volunteer/activity/index?id=${orchard.id}`);
    await view.locator('#signup').click();
    await answerSubscribe(page, 'accept');
    await view.locator('#my-signup').getByText('已报名').waitFor();
    await expectElderLayout(page);
    await e2e.shot(page, 'member', 'volunteer-signed-up', width);

    // The leader opens the roster and shows the code.
    const leader = await e2e.open(width, 'demo-member-3', font);
    await go(leader, `/packageStaff/volunteers/roster/index?id=${orchard.id}`);
    const codeText = shown(leader).locator('#check-code .checkin-code');
    await codeText.waitFor();
    const code = (await codeText.innerText()).trim();
    expect(code).toMatch(/^\d{4}$/);
    expect(await codeText.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true); // all four digits on screen
    await shown(leader).getByText(name).first().waitFor();
    await expectElderLayout(leader);
    await e2e.shot(leader, 'leader', 'volunteer-roster-code', width);

    // A wrong code says so next to the box; the right one checks in.
    const wrong = code === '0000' ? '1111' : '0000';
    await view.getByLabel('签到码').fill(wrong);
    await view.locator('#check-submit').click();
    await view.getByText('签到码不对，还可以再输4次').waitFor();
    await view.getByLabel('签到码').fill(code);
    await view.locator('#check-submit').click();
    await view.getByText('签到成功！活动结束时请再输入签到码签退。').waitFor();
    await expectElderLayout(page);
    await e2e.shot(page, 'member', 'volunteer-checked-in', width);

    // The leader sees the check-in on the roster.
    await leader.reload();
    await shown(leader).locator('.card', { hasText: name }).getByText(/签到 \d{2}:\d{2}/).first().waitFor();
    if (!full) {
      // Checked in, not yet out: the total stands, and the record (and its picture) show it.
      await go(page, '/pages/volunteer/record/index');
      await view.locator('#service-record').getByText(new RegExp(`累计服务时长 ${hoursText(served)}`)).waitFor();
      await expectElderLayout(page);
      await page.waitForTimeout(500);
      await e2e.shot(page, 'member', 'volunteer-record', width);
      await recordPicture(e2e, page, width, name);
      for (const p of [page, leader]) await p.context().close();
      return;
    }

    // On an activity under way the leader marks 张桂兰 in and out by hand and corrects her hours (audited).
    const classroom = await activityNamed(e2e, '社区智能手机课堂');
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

    // The same record as a picture: drawn on a canvas by the shared code, a real PNG at 1080 px wide.
    await recordPicture(e2e, page, width, '张桂兰');
    for (const p of [page, leader]) await p.context().close();
  }, 120_000);

  it.each([375, 320])('staff check a record\'s number at %i px and see who it was issued to', async (width) => {
    const record = await e2e.api('demo-member-1', 'volunteers', 'volunteers.serviceRecord', {});
    const { serial, totalMinutes } = record.data as { serial: string; totalMinutes: number };
    const staff = await e2e.open(width, 'demo-staff-1');
    const view = shown(staff);
    await go(staff, '/packageStaff/volunteers/check-record/index');
    await view.getByLabel('证明编号').fill('ZYFW-123');
    await view.locator('#check-submit').click();
    await view.getByText(/证明编号的样子是/).waitFor();
    await view.getByLabel('证明编号').fill(serial.toLowerCase());
    await view.locator('#check-submit').click();
    const found = view.locator('#check-found');
    await found.getByText('张桂兰（1944年生）').waitFor();
    await found.getByText(new RegExp(`累计服务时长 ${totalMinutes / 60}小时`)).waitFor();
    await expectElderLayout(staff);
    await e2e.shot(staff, 'staff', 'volunteer-check-record', width);
  }, 120_000);
});

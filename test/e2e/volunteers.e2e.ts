import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { hoursText } from '../../client/features/volunteers/format';
import { answerSubscribe } from './support/subscribe';
import { COMBOS, expectElderLayout, fontOf, SCREENSHOT_DIR, shown, startE2E, type E2E } from './support/e2e-env';

/**
 * Issue #5's journey in Chromium: a member finds a team and asks to join, signs up for an activity that
 * starts soon, checks in with the code the leader shows, and sees their hours; the leader marks and
 * corrects hours on an activity under way, and the member's total grows. The member's journey runs at 320
 * and 375 px, at the standard and the 特大 type (issue #6), each run its own member; the leader's hand
 * correction needs 张桂兰 (signed up for the class under way), so it runs in her run (375 px, standard).
 */
const option = (view: Locator, label: string) => view.getByRole('radio', { name: new RegExp(`(^|\\s)${label}$`) });

interface Activity { id: string; title: string }

/** Members with seeded hours, in none of 冬季果园 / 关心下一代 yet, one per run; 张桂兰 gets the full journey. */
const RUNS = [['demo-member-10', '胡文斌'], ['demo-member-1', '张桂兰'], ['demo-member-13', '田茂林'], ['demo-member-14', '冉启芳']] as const;

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
    const orchard = await activityNamed('冬季果园管护现场课');
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
      await recordPicture(page, width, name);
      for (const p of [page, leader]) await p.context().close();
      return;
    }

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

    // The same record as a picture: drawn on a canvas by the shared code, a real PNG at 1080 px wide.
    await recordPicture(page, width, '张桂兰');
    for (const p of [page, leader]) await p.context().close();
  }, 120_000);

  /** Makes the record picture, checks it is a non-empty PNG of the right size, saves it for a look, downloads it. */
  const recordPicture = async (page: Page, width: number, name: string) => {
    const view = shown(page);
    await view.locator('#record-make-image').click();
    const img = view.locator('#record-image img');
    await img.waitFor();
    await img.evaluate((el) => (el as HTMLImageElement).decode());
    expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(1080);
    const src = await img.getAttribute('src');
    expect(src).toMatch(/^data:image\/png;base64,/);
    const png = Buffer.from((src ?? '').split(',')[1], 'base64');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(w).toBe(1080);
    expect(h).toBeGreaterThan(1200); // header, one row and the issuer at the least
    expect(h).toBeLessThan(4096);
    // Not a blank sheet: a white 1080×h PNG compresses to a few KB; drawn text does not.
    expect(png.length).toBeGreaterThan(40_000);
    // The drawing has ink where the text is: sample the title band and a blank margin.
    const ink = await img.evaluate((el) => {
      const image = el as HTMLImageElement;
      const c = document.createElement('canvas');
      c.width = image.naturalWidth;
      c.height = image.naturalHeight;
      const ctx = c.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(image, 0, 0);
      const dark = (x: number, y: number, w: number, hh: number) => {
        const d = ctx.getImageData(x, y, w, hh).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] < 450) n += 1;
        return n;
      };
      return { title: dark(200, 80, 680, 90), margin: dark(60, 300, 20, 200) };
    });
    expect(ink.title).toBeGreaterThan(1000);
    expect(ink.margin).toBe(0);
    writeFileSync(path.join(SCREENSHOT_DIR, `member-volunteer-record-picture-${width}-${fontOf(page)}.png`), png);
    await view.locator('#record-image-box').getByText('下载证明图片').waitFor();
    const download = page.waitForEvent('download');
    await view.locator('#record-save').click();
    expect((await download).suggestedFilename()).toMatch(new RegExp(`^志愿服务记录证明_${name}_ZYFW-\\d{8}-[0-9A-Z]+\\.png$`));
    await view.locator('#record-saved').getByText('图片已下载。').waitFor();
    await expectElderLayout(page);
    await img.scrollIntoViewIfNeeded();
    await e2e.shot(page, 'member', 'volunteer-record-image', width);
  };

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
    await recordPicture(page, width, '黄素珍');
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

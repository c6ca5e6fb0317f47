import { png } from './support/png';
import type { Page } from 'playwright-core';
import { answerSubscribe } from './support/subscribe';
import { COMBOS, expectElderLayout, shown, useE2E } from './support/e2e-env';

/**
 * 院坝小讲堂 in a real browser: a secretary schedules a session (two days ahead it offers no 开始签到);
 * a member of the branch signs up to today's; the secretary opens attendance after being asked once, undoes
 * it, opens it again and shows the 4-digit code; the member types it and is checked in; the
 * secretary closes with minutes; the member's 我的学习 shows the offline record. The whole journey at 320 and
 * 375 px, at the standard and the 特大 type, every page checked and photographed; each run has its
 * own session and its own member of the branch, so the runs do not meet.
 */

const TOPIC = '院坝小讲堂：学习新修订的纪律处分条例';
/** Scheduled on the form for two days ahead: its 开始签到 waits for the day. */
const LATER = '重阳节敬老座谈';
/** Members of the bureau branch (the secretary's), one per run. */
const MEMBERS = [['demo-member-1', '张桂兰'], ['demo-member-2', '杨国华'], ['demo-member-3', '赵明远'], ['demo-member-4', '黄素珍']] as const;

describe('院坝小讲堂 journey in Chromium', () => {
  const e2e = useE2E();

  const shot = async (page: Page, role: string, name: string, width: number) => {
    await page.waitForTimeout(800);
    await e2e.shot(page, role, name, width);
  };
  /** Taro H5 keeps earlier pages in the DOM (hidden): tap the back link of the page on screen. */
  const back = async (page: Page) => {
    await page.locator('.shell-back').filter({ visible: true }).first().click();
    await page.waitForTimeout(600);
  };

  it.each(COMBOS.map(([width, font], i) => [width, font, ...MEMBERS[i]] as const))('schedule, sign up, code check-in, close, 我的学习 (%i px, %s type, %s)', async (width, font, openid, name) => {
    const topic = `${TOPIC}（${width}${font === 'xlarge' ? '特大' : '标准'}）`;
    // 1. The secretary schedules one from 书记工作台 (the form's day is two days ahead): 开始签到 is not
    //    offered before that day, only said when it will be.
    const sec = await e2e.open(width, 'demo-secretary-bureau', font);
    const sv = shown(sec);
    await sec.goto(e2e.url);
    await sv.getByText('书记工作台').first().click();
    await sv.locator('#workbench-sessions').click();
    await sv.locator('#session-new').click();
    await sv.getByLabel('主题', { exact: true }).fill(`${LATER}（${width}${font === 'xlarge' ? '特大' : '标准'}）`);
    // The place staff entered once: one tap fills the name and brings its address and map.
    await sv.locator('#place-picker').getByRole('radio', { name: /城关社区村部院坝/ }).click();
    expect(await sv.getByLabel('地点', { exact: true }).inputValue()).toBe('城关社区村部院坝');
    await sv.getByLabel('座位数', { exact: true }).fill('20');
    await expectElderLayout(sec);
    await shot(sec, 'secretary', 'session-schedule', width);
    await sv.locator('#session-schedule-submit').click();
    await sv.locator('#session-open-later').getByText(/当天（\d+月\d+日）才能开始签到/).waitFor();
    expect(await sv.locator('#session-open').count()).toBe(0);
    await sv.getByText('还没有人报名。').waitFor();
    await expectElderLayout(sec);
    await shot(sec, 'secretary', 'session-not-today', width);
    // Today's session (the date wheel is the system's own; a script schedules it as the same secretary).
    const places = await e2e.api('demo-secretary-bureau', 'members', 'places.list', {});
    const yard = (places.data as { items: Array<{ id: string; name: string }> }).items.find((p) => p.name === '城关社区村部院坝');
    const today = await e2e.api('demo-secretary-bureau', 'lessons', 'sessions.schedule', {
      topic, lessonIds: [], startAt: new Date().toISOString(), place: '城关社区村部院坝', placeId: yard?.id, capacity: 20,
    });
    expect(today.ok).toBe(true);
    await back(sec);
    await sv.locator('.card', { hasText: topic }).filter({ visible: true }).click();
    await sv.locator('#session-open').waitFor();

    // 2. A member of the branch finds it from the 学习 tab and signs up.
    const mem = await e2e.open(width, openid, font);
    const mv = shown(mem);
    await mem.goto(e2e.url);
    await mv.getByText(new RegExp(`${name}同志`)).first().waitFor();
    await mv.locator('.card', { hasText: '看微课、听宣讲' }).click();
    await mv.locator('#study-sessions-entry').click();
    await mv.locator('.card', { hasText: topic }).filter({ visible: true }).waitFor();
    await expectElderLayout(mem);
    await shot(mem, 'member', 'sessions', width);
    await mv.locator('.card', { hasText: topic }).filter({ visible: true }).click();
    // Where and who: the address, a map, and the secretary one tap away, so no member is left asking.
    const where = mv.locator('#where-who');
    await where.locator('#where-address').waitFor();
    await where.getByRole('button', { name: /^给组织人.+打电话 1\d{10}$/ }).waitFor();
    // No map site is reachable from here: the test answers for it, and checks where the tap leads.
    await mem.context().route('https://uri.amap.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<p>高德地图</p>' }));
    const [map] = await Promise.all([mem.context().waitForEvent('page'), where.locator('#where-map').click()]);
    await map.waitForLoadState();
    expect(map.url()).toMatch(/^https:\/\/uri\.amap\.com\/marker\?position=[\d.]+,[\d.]+&name=/);
    await map.close();
    await expectElderLayout(mem);
    await shot(mem, 'member', 'session-where', width);
    await mv.locator('#session-signup').click();
    await answerSubscribe(mem, 'accept');
    await mv.locator('#my-session').getByText('已报名，请按时到场。').waitFor();
    await expectElderLayout(mem);
    await shot(mem, 'member', 'session-detail', width);

    // 3. The secretary opens attendance: asked once on the page; a mistake is undone while nobody has
    //    checked in; opened again, the big code, and the roster with her name.
    await sv.locator('#session-open').click();
    await sv.locator('#session-open-ask').getByText(/报名就停止了/).waitFor();
    await expectElderLayout(sec);
    await shot(sec, 'secretary', 'session-open-ask', width);
    await sv.locator('#session-open-submit').click();
    await sv.locator('#session-code').waitFor();
    await sv.locator('#session-reopen').click();
    await sv.getByText(/已改回报名/).waitFor();
    expect(await sv.locator('#session-code').count()).toBe(0);
    await sv.locator('#session-open').click();
    await sv.locator('#session-open-submit').click();
    const code = (await sv.locator('#session-code .checkin-code').innerText()).trim();
    expect(code).toMatch(/^\d{4}$/);
    // All four digits on screen, at every width and type (特大 at 320 px once cut the last ones off).
    expect(await sv.locator('#session-code .checkin-code').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await sv.locator('#session-roster').getByText(name).waitFor();
    await expectElderLayout(sec);
    await shot(sec, 'secretary', 'session-code', width);

    // 4. The member, there in the courtyard, opens the session again and types the code.
    await back(mem);
    await mv.locator('.card', { hasText: topic }).filter({ visible: true }).click();
    await mv.locator('#session-check').waitFor();
    await mv.getByLabel('签到码', { exact: true }).fill(code === '0000' ? '1111' : '0000');
    await mv.locator('#session-check-submit').click();
    await mv.getByText('签到码不对，还可以再输4次').first().waitFor();
    await mv.getByLabel('签到码', { exact: true }).fill(code);
    await mv.locator('#session-check-submit').click();
    await mv.getByText('签到成功！小讲堂结束后，这次学习会记入“我的学习”。').waitFor();
    await mv.locator('#my-session').getByText('已报名。到场情况：出席。').waitFor();
    await expectElderLayout(mem);
    await shot(mem, 'member', 'session-checked-in', width);

    // 5. The secretary sees 出席 marked, and closes with minutes.
    await back(sec);
    await sv.locator('.card', { hasText: topic }).filter({ visible: true }).click();
    await sv.locator('#session-roster').getByRole('radio', { name: `${name} 出席` }).waitFor();
    expect(await sv.locator('#session-roster').getByRole('radio', { name: `${name} 出席` }).getAttribute('aria-checked')).toBe('true');
    await sv.getByLabel('讲堂纪要', { exact: true }).fill(`学习了条例修订的要点，${name}等老同志谈了体会。`);
    const [chooser] = await Promise.all([sec.waitForEvent('filechooser'), sv.locator('#session-photos').getByText('添加现场照片').click()]);
    await chooser.setFiles({ name: 'yuanba.png', mimeType: 'image/png', buffer: png(40, 30) });
    await sv.locator('#session-photos').getByText(/再添加现场照片/).waitFor();
    await sv.locator('#session-close-submit').click();
    await sv.getByText(/小讲堂已结束。到场 1 人/).waitFor();
    await sv.getByText('现场照片 1 张').waitFor();
    await expectElderLayout(sec);
    await shot(sec, 'secretary', 'session-closed', width);

    // 6. The member's 我的学习 shows the offline record.
    await back(mem);
    await back(mem);
    await mv.locator('#study-mine-entry').click();
    await mv.locator('#my-study-list').getByText(topic).waitFor();
    await mv.locator('#my-study-list').getByText(/院坝小讲堂 · /).first().waitFor();
    await expectElderLayout(mem);
    await shot(mem, 'member', 'my-study-offline', width);

    // 7. The secretary's 学习人次 page counts it.
    await back(sec);
    await back(sec);
    await sv.locator('#workbench-stats').click();
    await sv.locator('#study-stats').getByText(/人次/).first().waitFor();
    await expectElderLayout(sec);
    await shot(sec, 'secretary', 'study-stats', width);
    await mem.context().close();
    await sec.context().close();
  }, 150_000);
});

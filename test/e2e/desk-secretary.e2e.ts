import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { PAGES } from '../../cloudfunctions/contract/pages';
import { shown, useE2E } from './support/e2e-env';
import { DESK_WIDTH as WIDTH, dataOf, loseFirstAnswer, openDesk, requestIdsByRow, saveToGallery, shownCode, signedInDesk } from './support/desk';

/**
 * 电脑上办公 for a branch secretary and the ledgers, at 1280 × 800. A secretary signs a desk in by a
 * (simulated) scan, schedules a 小讲堂 from the desk's menu on the two-column form (typed date and time,
 * Enter sends it), opens attendance beside the table, and marks several people at once: one sessions.mark
 * per person, one of them losing its answer on the way — a second press sends only that one again, with the
 * same requestId, and the server does it once. The test reads the roster back through the API. A staff
 * member's desk saves the care ledger straight to the PC under its own name, and the file's rows are the
 * ones the page counted. A plain member's phone is refused in words when it tries to confirm a desk code.
 */
const SECRETARY = 'demo-secretary-education';
const STAFF = 'demo-staff-1';
/** Members of the education branch (陈淑芬's). */
const PEOPLE = [['demo-member-5', '何光明'], ['demo-member-6', '吴玉兰'], ['demo-member-7', '彭大海'], ['demo-member-8', '石翠英']] as const;


/** Today and the minute now in China, as the browser's date and time boxes take them. */
const chinaNow = () => {
  const d = new Date(Date.now() + 8 * 3600_000);
  return { date: d.toISOString().slice(0, 10), time: d.toISOString().slice(11, 16) };
};

describe('电脑上办公: the secretary\'s 小讲堂 and the ledgers at a desk', () => {
  const e2e = useE2E();

  it('a secretary schedules a 小讲堂 at the desk and marks several people at once; a lost answer is resent alone, done once', async () => {
    const { desk, code } = await signedInDesk(e2e, SECRETARY);
    // The code was single-use: nobody, not even staff, can confirm it again.
    expect((await e2e.api(STAFF, 'members', 'desk.confirm', { code })).error?.code).toBe('DESK_CODE_USED');
    const view = shown(desk);

    // From the desk's menu: the sessions table, then the form.
    await desk.locator('#deskframe-nav-packageSecretary-sessions').click();
    await view.locator('#sessions-desk').waitFor();
    await view.locator('#session-new').click();
    const topic = `电脑上安排的院坝小讲堂（${Date.now() % 100000}）`;
    const now = chinaNow();
    await view.getByLabel('主题', { exact: true }).fill(topic);
    await view.locator('#session-date').fill(now.date);
    await view.locator('#session-time').fill(now.time);
    await view.getByLabel('地点', { exact: true }).fill('县第一中学老教师活动室');
    await view.getByLabel('座位数', { exact: true }).fill('20');
    // Two columns: 主题 and 座位数 side by side.
    const [topicBox, seatsBox] = await Promise.all([
      view.locator('.field', { hasText: '主题' }).first().boundingBox(),
      view.locator('.field', { hasText: '座位数' }).first().boundingBox(),
    ]);
    expect(Math.abs((topicBox?.y ?? 0) - (seatsBox?.y ?? 1))).toBeLessThan(4);
    expect(seatsBox?.x ?? 0).toBeGreaterThan((topicBox?.x ?? 0) + (topicBox?.width ?? 0) - 1);
    await e2e.shot(desk, 'desk', 'session-schedule', WIDTH, 'standard');
    // Enter in a box sends the form; the new one opens beside the table.
    await view.getByLabel('座位数', { exact: true }).press('Enter');
    const panel = view.locator('#sessions-desk-open');
    await panel.getByRole('heading', { name: topic }).waitFor({ timeout: 15_000 });
    await view.locator('#sessions-table tr.desktable-row--open', { hasText: topic }).waitFor();

    const sessionId = (await dataOf<{ items: Array<{ id: string; topic: string; startAt: string }> }>(e2e.api(SECRETARY, 'lessons', 'sessions.manage', {}))).items.find((s) => s.topic === topic)?.id as string;
    expect(sessionId).toBeTruthy();
    for (const [openid] of PEOPLE) expect((await e2e.api(openid, 'lessons', 'sessions.signUp', { sessionId })).ok).toBe(true);
    await e2e.shot(desk, 'desk', 'sessions', WIDTH, 'standard');
    saveToGallery(`desk-sessions-${WIDTH}-standard.png`);

    // Attendance opens in the panel (asked once, as on the phone); the roster becomes a ticked table.
    await panel.locator('#session-open').click();
    await panel.locator('#session-open-submit').click();
    await panel.locator('#session-code').waitFor();
    const roster = panel.locator('#session-roster-desk');
    for (const [, name] of PEOPLE) await roster.locator('tr', { hasText: name }).waitFor();
    const ids = (await dataOf<{ items: Array<{ memberId: string; name: string }> }>(e2e.api(SECRETARY, 'lessons', 'sessions.roster', { sessionId }))).items;
    const idOf = (name: string) => ids.find((r) => r.name === name)?.memberId as string;
    const [lost, ...others] = PEOPLE.slice(1).map(([, name]) => idOf(name));

    // Every mark the desk sends is watched; the first one for `lost` reaches the server, but its answer is dropped.
    const marks = await loseFirstAnswer(desk, 'sessions.mark', ['memberId', 'requestId'], (m) => m.memberId === lost);

    // Three ticked (two with the mouse, one with the keyboard's Space), then 标为出席 once.
    await roster.locator(`#session-roster-desk-row-${lost} input[type=checkbox]`).check();
    await roster.locator(`#session-roster-desk-row-${others[0]} input[type=checkbox]`).check();
    await roster.locator(`#session-roster-desk-row-${others[1]}`).focus();
    await desk.keyboard.press(' ');
    await panel.locator('#roster-chosen').getByText('已选3人').waitFor();
    await panel.locator('#roster-mark-present').click();
    await panel.locator('#roster-summary').getByText(/2人已标好，1人没有标上/).waitFor({ timeout: 20_000 });
    // One request per person, each with an id of its own (a network-level resend would carry the same one).
    const sentIds = requestIdsByRow(marks);
    expect([...sentIds.keys()].sort()).toEqual([lost, ...others].sort());
    expect([...sentIds.values()].map((v) => v.length)).toEqual([1, 1, 1]);
    expect(new Set([...sentIds.values()].flat()).size).toBe(3);
    const firstPress = marks.length;
    await panel.locator(`#roster-result-${others[0]}`).getByText('已标为出席').waitFor();
    await panel.locator(`#roster-result-${lost}`).waitFor();
    expect(await panel.locator(`#roster-result-${lost}`).innerText()).not.toContain('已标为');
    await panel.locator('#roster-chosen').getByText('已选1人').waitFor(); // only the one that did not go through keeps its tick

    // The second press sends only that one, with its first requestId: the server answers it from what it did.
    await panel.locator('#roster-mark-present').click();
    await panel.locator('#roster-summary').getByText('1人已标为出席。').waitFor({ timeout: 20_000 });
    const again = marks.slice(firstPress);
    expect(again.length).toBeGreaterThan(0);
    expect(again.every((m) => m.memberId === lost && m.requestId === sentIds.get(lost)?.[0])).toBe(true);
    await panel.locator(`#roster-result-${lost}`).getByText('已标为出席').waitFor();

    // The fourth person did not come: ticked alone and marked 缺席.
    const absent = idOf(PEOPLE[0][1]);
    await roster.locator(`#session-roster-desk-row-${absent} input[type=checkbox]`).check();
    await panel.locator('#roster-mark-absent').click();
    await panel.locator('#roster-summary').getByText('1人已标为缺席。').waitFor({ timeout: 20_000 });
    await e2e.shot(desk, 'desk', 'session-run', WIDTH, 'standard');
    saveToGallery(`desk-session-run-${WIDTH}-standard.png`);

    // Read back as a script would: what the desk marked is what the server holds.
    const after = (await dataOf<{ items: Array<{ name: string; attendance?: string }> }>(e2e.api(SECRETARY, 'lessons', 'sessions.roster', { sessionId }))).items;
    expect(Object.fromEntries(after.map((r) => [r.name, r.attendance]))).toEqual({ [PEOPLE[0][1]]: 'absent', [PEOPLE[1][1]]: 'present', [PEOPLE[2][1]]: 'present', [PEOPLE[3][1]]: 'present' });
    await desk.context().close();
  });

  it('staff at a desk save the care ledger straight to the PC, under its name, with the rows the page counted', async () => {
    const { desk } = await signedInDesk(e2e, STAFF);
    const view = shown(desk);
    await desk.locator('#deskframe-nav-packageStaff-care').click();
    await view.locator('#care-figures').waitFor();
    const [download] = await Promise.all([desk.waitForEvent('download'), view.locator('#care-download-visits').click()]);
    const done = await view.locator('#care-download-done').innerText();
    const [, fileName, count] = /(关爱服务_走访记录_\d{4}年\.xlsx)：(\d+)条记录/.exec(done) ?? [];
    expect(download.suggestedFilename()).toBe(fileName);
    const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
    const rows = sheet.match(/<row /g)?.length ?? 0;
    expect(Number(count)).toBeGreaterThan(0);
    expect(rows).toBe(Number(count) + 1); // a header, then one row per visit
    expect(sheet).toContain('走访');
    await view.locator('#care-download-done').scrollIntoViewIfNeeded();
    await e2e.shot(desk, 'desk', 'care-export', WIDTH, 'standard');
    saveToGallery(`desk-care-export-${WIDTH}-standard.png`);
    await desk.context().close();
  });

  it('a plain member who types a desk code on the phone is told in words that only back-office people can, and the desk keeps waiting', async () => {
    const desk = await openDesk(e2e);
    const code = await shownCode(desk);
    const phone = await e2e.open(375, PEOPLE[0][0]);
    await e2e.go(phone, `/${PAGES.deskLink}`);
    const pv = shown(phone);
    await pv.locator('#desk-link-code input').fill(code);
    await pv.getByRole('button', { name: '下一步' }).click();
    await pv.getByText('只有工作人员、支部书记和管理员可以在电脑上办公').first().waitFor();
    expect(await pv.getByText('在电脑上登录 银铃e家？', { exact: true }).count()).toBe(0);
    await shown(desk).getByText('等待扫码', { exact: true }).waitFor();
    await phone.context().close();
    await desk.context().close();
  });
});

import { shown, useE2E } from './support/e2e-env';
import { DESK_WIDTH as WIDTH, dataOf, loseFirstAnswer, requestIdsByRow, saveToGallery, signedInDesk } from './support/desk';

/**
 * 志愿服务管理 at a desk, at 1280 × 800: a staff member signs a desk in by a (simulated) scan, picks a team,
 * opens an activity that starts within the hour from the table with the keyboard, and works its roster
 * beside it: three sign-ups confirmed with one press, then checked in and out in bulk — one phone action per
 * person, each with its own requestId. One check-in's answer is lost on the way: a second press sends only
 * that one, with the same requestId. What the server holds is read back through the API.
 */
const STAFF = 'demo-staff-1';
const TEAM = '银铃耀酉水·兴隆社会治理服务队';
const PEOPLE = ['demo-member-1', 'demo-member-2', 'demo-member-4', 'demo-member-6'] as const;

interface Row { memberId: string; memberName: string; status: string; checkInAt: string | null; checkOutAt: string | null; minutes: number | null }

describe('电脑上办公: 志愿服务 rosters at a desk', () => {
  const e2e = useE2E();

  it('staff confirm, check in and check out several volunteers at once; a lost answer is resent alone with its first requestId', async () => {
    // An activity starting in twenty minutes (check-in is open an hour before), each sign-up to be confirmed.
    const teams = await dataOf<{ items: Array<{ id: string; name: string }> }>(e2e.api(STAFF, 'volunteers', 'volunteers.teams', { keyword: '兴隆', page: 1, pageSize: 10 }));
    const teamId = teams.items.find((t) => t.name === TEAM)?.id as string;
    const start = Date.now() + 20 * 60_000;
    const title = `电脑上管的活动（${Date.now() % 100000}）`;
    const { id: activityId } = await dataOf<{ id: string }>(e2e.api(STAFF, 'volunteers', 'volunteers.postActivity', {
      teamId, title, description: '帮兴隆镇的老同志调解邻里纠纷。', field: 'governance', place: '兴隆镇综治中心', capacity: 10, needsApproval: true,
      startAt: new Date(start).toISOString(), endAt: new Date(start + 2 * 3_600_000).toISOString(), deadline: new Date(start).toISOString(),
    }));
    for (const openid of PEOPLE) await dataOf(e2e.api(openid, 'volunteers', 'volunteers.signUp', { activityId }));
    const roster = async () => (await dataOf<{ items: Row[] }>(e2e.api(STAFF, 'volunteers', 'volunteers.roster', { activityId, page: 1, pageSize: 50 }))).items;
    const rowsBefore = await roster();
    expect(rowsBefore.map((r) => r.status)).toEqual(['pending', 'pending', 'pending', 'pending']);
    const [first, second, third, fourth] = rowsBefore.map((r) => r.memberId);

    const { desk } = await signedInDesk(e2e, STAFF);
    const view = shown(desk);
    await desk.locator('#deskframe-nav-packageStaff-volunteers-manage').click();
    await view.getByLabel('队名', { exact: true }).fill('兴隆');
    await view.getByText('查找服务队', { exact: true }).click();
    await view.getByText(TEAM, { exact: true }).click();
    const table = view.locator('#vol-desk-table');
    await table.locator('tr', { hasText: title }).waitFor();
    await table.locator('tr', { hasText: title }).focus();
    await desk.keyboard.press('Enter');
    const panel = view.locator('#vol-desk-open');
    await panel.getByRole('heading', { name: title }).waitFor();
    await panel.locator('#vol-desk-code').waitFor();
    const box = panel.locator('#vol-roster-desk');
    for (const r of rowsBefore) await box.locator(`#vol-roster-desk-row-${r.memberId}`).waitFor();

    // Watch every markAttendance the desk sends; the first check-in for `third` reaches the server, its answer is dropped.
    const marks = await loseFirstAnswer(desk, 'volunteers.markAttendance', ['memberId', 'requestId', 'step'], (m) => m.memberId === third && m.step === 'in');

    // Three ticked (two with the mouse, one with Space), confirmed with one press.
    const tick = (id: string) => box.locator(`#vol-roster-desk-row-${id} input[type=checkbox]`).check();
    await tick(first);
    await tick(second);
    await box.locator(`#vol-roster-desk-row-${third}`).focus();
    await desk.keyboard.press(' ');
    await panel.locator('#vol-roster-chosen').getByText('已选3人').waitFor();
    await panel.locator('#vol-roster-confirm').click();
    await panel.locator('#vol-roster-summary').getByText('3人已确认报名。').waitFor({ timeout: 20_000 });
    expect((await roster()).map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'confirmed', 'pending']);

    // The same three checked in: one answer is lost, the other two go through.
    for (const id of [first, second, third]) await tick(id);
    await panel.locator('#vol-roster-in').click();
    await panel.locator('#vol-roster-summary').getByText(/2人已办好，1人没有办成/).waitFor({ timeout: 20_000 });
    await panel.locator('#vol-roster-chosen').getByText('已选1人').waitFor(); // only the one not heard keeps its tick
    await panel.locator('#vol-roster-in').click();
    await panel.locator('#vol-roster-summary').getByText('1人已登记签到。').waitFor({ timeout: 20_000 });
    // Every check-in of a person carried one requestId of its own: the second press resent the lost one's.
    const ins = requestIdsByRow(marks.filter((m) => m.step === 'in'));
    expect([...ins.keys()].sort()).toEqual([first, second, third].sort());
    expect([...ins.values()].map((v) => v.length)).toEqual([1, 1, 1]);
    expect(new Set([...ins.values()].flat()).size).toBe(3);
    expect(marks.filter((m) => m.step === 'in' && m.memberId === third).length).toBeGreaterThan(1);

    // Two of them leave: checked out together, their minutes recorded.
    await tick(first);
    await tick(second);
    await panel.locator('#vol-roster-out').click();
    await panel.locator('#vol-roster-summary').getByText('2人已登记签退。').waitFor({ timeout: 20_000 });
    await box.locator(`#vol-roster-result-${first}`).getByText('已登记签退').waitFor();
    await e2e.shot(desk, 'desk', 'volunteers-roster', WIDTH, 'standard');
    saveToGallery(`desk-volunteers-roster-${WIDTH}-standard.png`);

    const after = Object.fromEntries((await roster()).map((r) => [r.memberId, r]));
    expect([first, second, third, fourth].map((id) => [after[id].status, !!after[id].checkInAt, !!after[id].checkOutAt])).toEqual([
      ['confirmed', true, true],
      ['confirmed', true, true],
      ['confirmed', true, false],
      ['pending', false, false],
    ]);
    await desk.context().close();
  });
});

import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { anIdea } from '../support/inputs';
import { option, shown, useE2E } from './support/e2e-env';
import { DESK_WIDTH as WIDTH, dataOf, saveToGallery, signedInDesk } from './support/desk';

/**
 * 金点子 at a desk, at 1280 × 800: a staff member signs a desk in by a (simulated) scan, finds four new
 * ideas by a word they share, ticks three and accepts them with one press, then hands them all to one
 * department with one form — one ideas.accept / ideas.assign per idea, each with its own requestId —
 * and handles the fourth from the queue to a published answer in the pane beside the table, with the
 * keyboard to open it. The server's view is read back through the API after each step. Then the 金点子台账
 * goes straight to the PC, and its rows are the ones the page counted.
 */
const STAFF = 'demo-staff-1';
const AUTHORS = ['demo-member-12', 'demo-member-13', 'demo-member-14', 'demo-member-15'] as const;
const DEPARTMENT = '县住房和城乡建设局';

interface StaffIdea { id: string; state: string; department?: string; answer?: string }

describe('电脑上办公: 金点子 at a desk', () => {
  const e2e = useE2E();

  it('staff accept three ideas and hand them on with one press each, answer a fourth in the pane, and save the 台账 to the PC', async () => {
    // Four ideas sharing one word the search finds, from four members.
    const word = `电脑办${Date.now() % 100000}`;
    const ideas: Array<{ id: string; title: string }> = [];
    for (const [i, openid] of AUTHORS.entries()) {
      const title = `${word}：第${i + 1}个小区的楼道加装扶手`;
      const { id } = await dataOf<{ id: string }>(e2e.api(openid, 'ideas', 'ideas.submit', anIdea({ title })));
      ideas.push({ id, title });
    }
    const staffView = async (id: string) => dataOf<StaffIdea>(e2e.api(STAFF, 'ideas', 'ideas.detail', { ideaId: id }));

    const { desk } = await signedInDesk(e2e, STAFF);
    const view = shown(desk);
    await desk.locator('#deskframe-nav-packageStaff-ideas-queue').click();
    await view.locator('#desk-ideas').waitFor();
    // `/` goes to 查找 from anywhere on the page.
    await desk.keyboard.press('/');
    await desk.keyboard.type(word);
    await desk.keyboard.press('Enter');
    await view.locator('#desk-ideas-search-note').waitFor();
    const table = view.locator('#desk-ideas-table');
    for (const idea of ideas) await table.locator(`#desk-ideas-table-row-${idea.id}`).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(4);

    // Every accept and assign the desk sends is watched: one request per idea, each with its own id.
    const sent: Array<{ action: string; requestId: string }> = [];
    desk.on('request', (r) => {
      const body = r.postData() ?? '';
      const action = /ideas\.(accept|assign)/.exec(body)?.[0];
      if (r.method() === 'POST' && action) sent.push({ action, requestId: /requestId\\*"\s*:\s*\\*"([^"\\]+)/.exec(body)?.[1] ?? '' });
    });

    // Three ticked, two with the mouse and one with the keyboard's Space; one press accepts them.
    const [a, b, c, d] = ideas;
    await table.locator(`#desk-ideas-table-row-${a.id} input[type=checkbox]`).check();
    await table.locator(`#desk-ideas-table-row-${b.id} input[type=checkbox]`).check();
    await table.locator(`#desk-ideas-table-row-${c.id}`).focus();
    await desk.keyboard.press(' ');
    await view.locator('#desk-ideas-ticked').getByText('已勾选 3 条').waitFor();
    await view.locator('#desk-bulk-accept').click();
    await view.locator('#desk-bulk-summary').getByText('3 条办好').waitFor({ timeout: 30_000 });
    for (const idea of [a, b, c]) await view.locator(`#desk-bulk-result-${idea.id}`).getByText('已受理').waitFor();
    expect((await Promise.all([a, b, c].map((i) => staffView(i.id)))).map((i) => i.state)).toEqual(['accepted', 'accepted', 'accepted']);
    expect((await staffView(d.id)).state).toBe('submitted');

    // The same three, still ticked, handed to one department with one form.
    await view.locator('#desk-bulk-department').selectOption(DEPARTMENT);
    await view.locator('#desk-bulk-days').selectOption('15');
    await view.locator('#desk-bulk-assign').click();
    await view.locator('#desk-bulk-result-' + a.id).getByText(`已交办（${DEPARTMENT}）`).waitFor({ timeout: 30_000 });
    await view.locator('#desk-bulk-summary').getByText('3 条办好').waitFor();
    await e2e.shot(desk, 'desk', 'ideas-bulk', WIDTH, 'standard');
    saveToGallery(`desk-ideas-bulk-${WIDTH}-standard.png`);
    const assigned = await Promise.all([a, b, c].map((i) => staffView(i.id)));
    expect(assigned.map((i) => [i.state, i.department])).toEqual([0, 1, 2].map(() => ['assigned', DEPARTMENT]));
    const accepts = sent.filter((s) => s.action === 'ideas.accept');
    const assigns = sent.filter((s) => s.action === 'ideas.assign');
    expect([accepts.length, assigns.length]).toEqual([3, 3]);
    expect(new Set(sent.map((s) => s.requestId)).size).toBe(6);

    // The fourth, opened with the keyboard: its handling beside the table, from 受理 to a published answer.
    await table.locator(`#desk-ideas-table-row-${d.id}`).focus();
    await desk.keyboard.press('Enter');
    const pane = view.locator('#desk-ideas-pane');
    await pane.getByText(d.title).first().waitFor();
    await pane.locator('#handle-said-body').waitFor(); // the idea's own words are open at a desk
    await pane.locator('#handle-accept').click();
    await option(pane, DEPARTMENT).click();
    await pane.locator('#handle-assign').click();
    await pane.getByText(`已交${DEPARTMENT}办理`, { exact: true }).waitFor({ timeout: 20_000 });
    await option(pane, '采纳并已落实').click();
    const answer = '感谢您的建议。县住房和城乡建设局已在城关镇四个老旧小区的楼道加装扶手，本月底前完工。';
    await pane.getByLabel('答复内容').fill(answer);
    await pane.locator('#handle-draft').click();
    await pane.getByText('草稿已保存（提出人还看不到）').waitFor();
    await e2e.shot(desk, 'desk', 'ideas-pane', WIDTH, 'standard');
    saveToGallery(`desk-ideas-pane-${WIDTH}-standard.png`);
    await pane.locator('#handle-resolve').click();
    await pane.getByText('答复已发布，已办结').waitFor({ timeout: 20_000 });
    const resolved = await staffView(d.id);
    expect([resolved.state, resolved.answer]).toEqual(['resolved', answer]);
    // The table shows the move without a reload.
    await table.locator(`#desk-ideas-table-row-${d.id}`).getByText('已办结').waitFor();

    // Esc closes the pane; the 台账 goes straight to the PC under its own name.
    await desk.keyboard.press('Escape');
    await pane.waitFor({ state: 'detached' });
    const [download] = await Promise.all([desk.waitForEvent('download'), view.getByText('导出台账到电脑（Excel）').click()]);
    const ready = await view.locator('#ledger-ready').innerText();
    const [, count, fileName] = /共(\d+)条：(金点子台账_[\d-]+至[\d-]+\.xlsx)，已下载到电脑/.exec(ready) ?? [];
    expect(download.suggestedFilename()).toBe(fileName);
    const sheet = strFromU8(unzipSync(new Uint8Array(readFileSync(await download.path())))['xl/worksheets/sheet1.xml']);
    expect(sheet.match(/<row /g)?.length ?? 0).toBe(Number(count) + 1); // a header, then one row per idea
    for (const idea of ideas) expect(sheet).toContain(idea.title);
    await view.locator('#ledger-ready').scrollIntoViewIfNeeded();
    await e2e.shot(desk, 'desk', 'ideas-ledger', WIDTH, 'standard');
    await desk.context().close();
  });
});

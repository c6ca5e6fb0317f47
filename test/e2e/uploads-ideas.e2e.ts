import { randomUUID } from 'node:crypto';
import { localTemplateIds } from '../../cloudfunctions/local/emulator/openapi/console-templates';
import { expectElderLayout, shown, useE2E } from './support/e2e-env';
import { chooseFile, imageLoaded } from './support/files';
import { png } from './support/png';
import { answerSubscribe, deliveredTo } from './support/subscribe';

const SUBSCRIBE_IDS = localTemplateIds();

/**
 * Photos on a 金点子 in Chromium, through the real file chooser and upload route: a member adds one to
 * the idea and staff see it on the handling page; staff publish the outcome with the author's photo as
 * 整改前 and their own as 整改后, and members see both on the board. Screenshots at 375 and 320 px.
 */
describe('photos on 金点子 in Chromium', () => {
  const e2e = useE2E();
  const { go } = e2e;

  it.each([375, 320])('a member adds a photo to a 金点子 and staff see it on the handling page (%i px)', async (width) => {
    const title = `村口路灯坏了${width}`;
    const member = await e2e.open(width, 'demo-member-4');
    const mv = shown(member);
    await go(member, '/pages/ideas/submit/index');
    await mv.getByText('第1步，共3步：选择类别').waitFor();
    await mv.getByRole('radio', { name: /基础设施$/ }).click();
    await mv.locator('#idea-next-1').click();
    await mv.getByLabel('标题').fill(title);
    await mv.getByLabel('具体内容').fill('村口到卫生室那段路的路灯坏了三个月了，晚上老人出门看不见路，建议尽快修好。');

    // A file that is not a photo is refused in words, nothing is added.
    await chooseFile(member, () => mv.getByText('添加照片', { exact: true }).click(), 'notes.txt', Buffer.from('hello'), 'text/plain');
    await mv.getByText('这个文件不是照片，只能选 jpg、jpeg、png、webp 格式').waitFor();

    await chooseFile(member, () => mv.getByText('添加照片', { exact: true }).click(), 'lamp.png', png(240, 160, [40, 90, 160]));
    await mv.getByText('删除第1张').waitFor();
    await mv.getByText('再添加照片（还能加2张）').waitFor();
    await imageLoaded(member, '#idea-photos');
    await expectElderLayout(member);
    await e2e.shot(member, 'member', 'ideas-photo-added', width);

    await mv.locator('#idea-next-2').click();
    await mv.getByText('第3步，共3步：看一看，再提交').waitFor();
    await mv.getByText('照片1张：').waitFor();
    await mv.locator('#idea-send').click();
    await answerSubscribe(member, 'reject');
    await mv.locator('#idea-receipt').waitFor();

    // 我的金点子 detail shows it through a temporary URL from storage.
    await mv.locator('#idea-open-mine').click();
    await mv.locator('#idea-detail').waitFor();
    await imageLoaded(member, '#idea-detail');
    const src = await mv.locator('#idea-detail img').first().getAttribute('src');
    expect(src).toMatch(/\/files\/ideas\/\d{4}\/[a-z0-9]+\.png\?sign=/);
    await e2e.shot(member, 'member', 'ideas-photo-mine', width);

    const staff = await e2e.open(width, 'demo-staff-1');
    const sv = shown(staff);
    await go(staff, '/packageStaff/ideas/queue/index');
    await sv.getByText(title).first().click();
    await sv.locator('#handle-idea').waitFor();
    // On a phone the idea's words come folded; the fold's summary says there is a photo, and opening it shows it.
    await sv.locator('#handle-said .fold-summary').getByText('照片1张', { exact: false }).waitFor();
    await sv.locator('#handle-said .fold-head').click();
    await sv.getByText('照片1张（只有您和提出人能看到，发布到展示栏前请看一看）：').waitFor();
    await imageLoaded(staff, '#handle-idea');
    await expectElderLayout(staff);
    await e2e.shot(staff, 'staff', 'ideas-photo-handle', width);
    // Still shown after a move (the write answers without URLs; the page keeps them).
    await sv.locator('#handle-accept').click();
    await answerSubscribe(staff, 'reject');
    // Staff are told the truth: no WeChat message went out, the news is in 消息.
    await sv.locator('#handle-told').getByText(/“消息”能看到；微信通知没有发出/).waitFor();
    await imageLoaded(staff, '#handle-idea');
    // The member declined WeChat's sheet: no subscribe message, but the news is in 消息.
    expect((await deliveredTo(e2e.url, 'demo-member-4')).filter((m) => m.templateId === SUBSCRIBE_IDS.ideaProgress)).toHaveLength(0);
    const told = await e2e.api('demo-member-4', 'members', 'messages.list', { page: 1 });
    expect((told.data as { items: Array<{ title: string; pushed: boolean }> }).items[0]).toMatchObject({ title: '金点子已受理', pushed: false });
    await member.close();
    await staff.close();
  }, 120_000);

  it('staff publish an outcome with the author\'s photo as 整改前 and their own 整改后 photo; members see both on the board (375 px)', async () => {
    const width = 375;
    const api = async (openid: string, fn: string, action: string, input: unknown) => {
      const res = await fetch(`${e2e.url}/api/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dev-openid': openid },
        body: JSON.stringify({ action, input, requestId: randomUUID() }),
      });
      const body = (await res.json()) as { ok: boolean; data: { id: string }; error?: unknown };
      expect({ action, error: body.error }).toEqual({ action, error: undefined });
      return body.data;
    };
    // The author's part through the same routes the app uses (the form itself is covered above).
    const up = await fetch(`${e2e.url}/storage/upload?path=ideas/2026/e2eboardbefore0001.png`, {
      method: 'POST',
      headers: { 'x-dev-openid': 'demo-member-5' },
      body: new Uint8Array(png(200, 120, [110, 110, 110])),
    });
    const { fileID } = (await up.json()) as { fileID: string };
    const title = '敬老院门前台阶太陡';
    const { id } = await api('demo-member-5', 'ideas', 'ideas.submit', { category: 'infrastructure', title, content: '敬老院门前的台阶又高又陡，老人上下很危险，建议改成坡道并加扶手。', photos: [fileID] });
    await api('demo-staff-1', 'ideas', 'ideas.accept', { ideaId: id });
    await api('demo-staff-1', 'ideas', 'ideas.assign', { ideaId: id, department: '县民政局', workdays: 10 });
    await api('demo-staff-1', 'ideas', 'ideas.saveDraft', { ideaId: id, outcome: 'adopted', answer: '已把台阶改成坡道并装上扶手，欢迎来看看。' });
    await api('demo-staff-1', 'ideas', 'ideas.resolve', { ideaId: id });

    const staff = await e2e.open(width, 'demo-staff-1');
    const sv = shown(staff);
    await go(staff, `/packageStaff/ideas/handle/index?id=${id}`);
    await sv.getByText('在“您建议，我提升”成果栏公示').waitFor();
    await sv.getByRole('radio', { name: /(^|\s)公示$/ }).click();
    await chooseFile(staff, () => sv.getByText('添加整改后照片', { exact: true }).click(), 'after.png', png(200, 120, [29, 91, 33]));
    await imageLoaded(staff, '#publish-after-photos');
    await sv.getByLabel('落实情况', { exact: true }).fill('台阶改成了坡道，两边装了扶手。');
    await staff.waitForTimeout(500);
    await e2e.shot(staff, 'staff', 'ideas-publish-photos', width);
    await sv.getByRole('button', { name: '公示', exact: true }).click();
    await sv.getByText('已在成果栏公示（可修改）').waitFor();

    const member = await e2e.open(width, 'demo-member-2');
    const mv = shown(member);
    await go(member, '/pages/ideas/index');
    const card = mv.locator('.card', { hasText: title });
    await card.getByText('整改前：').waitFor();
    await card.getByText('整改后：').waitFor();
    await member.waitForFunction(
      (t) => {
        const c = Array.from(document.querySelectorAll('.taro_page_show .card')).find((el) => el.textContent?.includes(t));
        return !!c && Array.from(c.querySelectorAll('img')).filter((i) => i.complete && i.naturalWidth > 0).length === 2;
      },
      title,
    );
    await card.scrollIntoViewIfNeeded();
    await member.waitForTimeout(300);
    await e2e.shot(member, 'member', 'ideas-board-photos', width);
    await staff.close();
    await member.close();
  }, 60_000);
});

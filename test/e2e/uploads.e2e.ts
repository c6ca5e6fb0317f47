import { randomUUID } from 'node:crypto';
import { png } from './support/png';
import { tinyMp4 } from '../support/mp4';
import type { Page } from 'playwright-core';
import { localTemplateIds } from '../../cloudfunctions/local/emulator/openapi/console-templates';
import { answerSubscribe, deliveredTo } from './support/subscribe';

const SUBSCRIBE_IDS = localTemplateIds();
import { expectElderLayout, shown, startE2E, type E2E } from './support/e2e-env';
import { fakeMicrophone } from './support/fake-microphone';

/**
 * 照片、音频与视频 in Chromium: a member adds a photo to a 金点子 through the real file chooser and upload
 * route, staff see it on the handling page; a secretary adds a cover, a recording and a video to a
 * lesson and a member sees them.
 * Screenshots at 375 and 320 px.
 */


/** Clicks the button that opens the chooser and gives it the file (playwright's setFiles on the <input>). */
const chooseFile = async (page: Page, click: () => Promise<void>, name: string, buffer: Buffer, mimeType = 'image/png') => {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click()]);
  await chooser.setFiles({ name, mimeType, buffer });
};

/** The image has really loaded (its bytes came back from storage), not just an <img> with a src. */
const imageLoaded = async (page: Page, selector: string) => {
  await page.waitForFunction(
    (sel) => Array.from(document.querySelectorAll(`.taro_page_show ${sel} img`)).some((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0),
    selector,
  );
};

/**
 * A real, playable 1.5 s H.264 mp4, recorded in the page by the browser itself (canvas → MediaRecorder),
 * so the member's 播放视频 can be checked to really play.
 */
const recordMp4 = async (page: Page): Promise<Buffer> =>
  Buffer.from(
    await page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 160;
      canvas.height = 90;
      const g = canvas.getContext('2d') as CanvasRenderingContext2D;
      let n = 0;
      const paint = setInterval(() => {
        g.fillStyle = n++ % 2 ? '#a81c17' : '#1d5b21';
        g.fillRect(0, 0, 160, 90);
      }, 50);
      const rec = new MediaRecorder(canvas.captureStream(20), { mimeType: 'video/mp4;codecs=avc1' });
      const parts: Blob[] = [];
      rec.ondataavailable = (e) => parts.push(e.data);
      const stopped = new Promise((resolve) => (rec.onstop = resolve));
      rec.start();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      rec.stop();
      await stopped;
      clearInterval(paint);
      return Array.from(new Uint8Array(await new Blob(parts).arrayBuffer()));
    }),
  );

describe('photos and covers in Chromium', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  }, 180_000);
  afterAll(() => e2e?.close());

  const go = (page: Page, path: string) => page.goto(`${e2e.url}/#${path}`);

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

  /** The bureau's secretary starts a 微课 in the editor with its texts filled in and a cover uploaded. */
  const newLessonWithCover = async (width: number, title: string, summary: string, body: string) => {
    const sec = await e2e.open(width, 'demo-secretary-bureau');
    const sv = shown(sec);
    await go(sec, '/packageSecretary/lessons/index');
    await sv.locator('#lesson-new').click();
    await sv.getByLabel('课程标题', { exact: true }).fill(title);
    await sv.getByRole('radio', { name: /(^|\s)微课$/ }).click();
    await sv.getByLabel('内容简介', { exact: true }).fill(summary);
    await sv.getByLabel('正文', { exact: true }).fill(body);
    await sv.getByLabel('大约要学几分钟', { exact: true }).fill('2');
    await chooseFile(sec, () => sv.getByText('添加封面图片', { exact: true }).click(), 'cover.png', png(320, 180, [168, 28, 23]));
    await imageLoaded(sec, '#lesson-cover-picker');
    return { sec, sv };
  };

  it.each([375, 320])('a secretary adds a cover, a body image and a recording; a member of the branch sees them (%i px)', async (width) => {
    const title = `封面测试课${width}`;
    const { sec, sv } = await newLessonWithCover(width, title, '看看村里新修的文化广场。', '文化广场修好了，老同志们常来这里学习、聊天。');
    await sv.getByText('要换一张，请先点上面的“删除”').waitFor();
    await chooseFile(sec, () => sv.getByText('添加图片', { exact: true }).click(), 'square.png', png(200, 200, [29, 91, 33]));
    await imageLoaded(sec, '#lesson-images');
    // A recording whose length the browser cannot read: the secretary types the minutes.
    const mp3 = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(2048)]);
    await chooseFile(sec, () => sv.getByText('上传录音文件', { exact: true }).click(), 'talk.mp3', mp3, 'audio/mpeg');
    await sv.getByText('录音已上传。请在下面填上录音大约几分钟。').waitFor();
    await sv.getByLabel('录音大约几分钟', { exact: true }).fill('2');
    await expectElderLayout(sec);
    await sec.waitForTimeout(500);
    await e2e.shot(sec, 'secretary', 'lesson-edit-media', width);
    await sv.locator('#lesson-publish').click();
    await sv.getByText(title).first().waitFor();

    const member = await e2e.open(width, 'demo-member-1');
    const mv = shown(member);
    await go(member, '/pages/study/index');
    await mv.locator('#lesson-list').getByText(title).waitFor();
    await imageLoaded(member, '#lesson-list');
    await mv.locator('#lesson-list').getByText(title).click();
    await mv.locator('#lesson-detail').getByText('文化广场修好了，老同志们常来这里学习、聊天。').waitFor();
    await imageLoaded(member, '#lesson-detail');
    const srcs = await mv.locator('#lesson-detail img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src));
    expect(srcs.some((s) => /\/files\/lessons\/covers\//.test(s))).toBe(true);
    expect(srcs.some((s) => /\/files\/lessons\/images\//.test(s))).toBe(true);
    // 朗读 plays the recording when there is one.
    await mv.getByText('朗读（播放书记的录音）').waitFor();
    await mv.getByText('录音约 2 分钟').waitFor();
    await expectElderLayout(member);
    await member.waitForTimeout(500);
    await e2e.shot(member, 'member', 'lesson-cover', width);
    // A tap on the picture shows it full screen with one big 关闭 (H5's own viewer, no carousel library).
    await mv.locator('#lesson-detail .lesson-img:not(.lesson-cover)').first().click();
    const close = member.locator('.image-preview button');
    await close.waitFor();
    expect(await close.evaluate((b) => b.getBoundingClientRect().height)).toBeGreaterThanOrEqual(60);
    await e2e.shot(member, 'member', 'lesson-image-preview', width);
    await close.click();
    await member.locator('.image-preview').waitFor({ state: 'detached' });
    await sec.close();
    await member.close();
  }, 120_000);

  it.each([375, 320])('a secretary attaches a video (mp4); a member of the branch sees the player with the cover as poster (%i px)', async (width) => {
    const title = `视频测试课${width}`;
    const { sec, sv } = await newLessonWithCover(width, title, '看一段村里文化广场的视频。', '视频里是村里新修的文化广场。');
    // Another format is refused before uploading; a file named .mp4 that is not one, by the upload route.
    await chooseFile(sec, () => sv.getByText('上传视频', { exact: true }).click(), 'clip.mov', tinyMp4(), 'video/quicktime');
    await sv.getByText('这个文件不是视频，只能选 mp4 格式').waitFor();
    await chooseFile(sec, () => sv.getByText('上传视频', { exact: true }).click(), 'fake.mp4', Buffer.from('not really a video'), 'video/mp4');
    await sv.getByText('这个文件不是视频，只能上传 mp4 格式').waitFor();
    const mp4 = await recordMp4(sec);
    expect(mp4.subarray(4, 8).toString('latin1')).toBe('ftyp');
    await chooseFile(sec, () => sv.getByText('上传视频', { exact: true }).click(), 'square.mp4', mp4, 'video/mp4');
    await sv.getByText('视频已上传。老同志打开这一课，在上面就能看到视频。').waitFor();
    await sv.getByText('删除视频').waitFor();
    await sv.locator('#lesson-video').scrollIntoViewIfNeeded();
    await expectElderLayout(sec);
    await sec.waitForTimeout(500);
    await e2e.shot(sec, 'secretary', 'lesson-edit-video', width);
    await sv.locator('#lesson-publish').click();
    await sv.getByText(title).first().waitFor();

    const member = await e2e.open(width, 'demo-member-1');
    const mv = shown(member);
    await go(member, '/pages/study/index');
    await mv.locator('#lesson-list').getByText(title).click();
    await mv.locator('#lesson-detail').getByText('视频里是村里新修的文化广场。').waitFor();
    await mv.getByText('这一课有视频').waitFor();
    await mv.getByText('播放视频', { exact: true }).waitFor();
    const player = mv.locator('#lesson-video video');
    expect(await player.getAttribute('src')).toMatch(/\/files\/lessons\/video\/\d{4}\/[a-z0-9]+\.mp4\?sign=/);
    expect(await player.getAttribute('poster')).toMatch(/\/files\/lessons\/covers\//);
    expect(await player.evaluate((v) => (v as HTMLVideoElement).autoplay)).toBe(false);
    // The stored bytes are the ones chosen.
    const bytes = await member.evaluate(async (src) => Array.from(new Uint8Array(await (await fetch(src)).arrayBuffer())), (await player.getAttribute('src')) as string);
    expect(Buffer.from(bytes).equals(mp4)).toBe(true);
    // The cover is the poster, so it is not shown a second time above.
    expect(await mv.locator('#lesson-cover').count()).toBe(0);
    await mv.locator('#lesson-video').scrollIntoViewIfNeeded();
    await expectElderLayout(member);
    await member.waitForTimeout(500);
    await e2e.shot(member, 'member', 'lesson-video', width);
    // The big button really plays it, and pauses it.
    await mv.getByText('播放视频', { exact: true }).click();
    await member.waitForFunction(() => {
      const v = document.querySelector('.taro_page_show #lesson-video video') as HTMLVideoElement | null;
      return !!v && !v.paused && v.currentTime > 0.2;
    });
    await mv.getByText('暂停视频', { exact: true }).click();
    await member.waitForFunction(() => (document.querySelector('.taro_page_show #lesson-video video') as HTMLVideoElement | null)?.paused === true);
    await mv.getByText('播放视频', { exact: true }).waitFor();
    expect(await mv.getByText('视频暂时放不出来', { exact: false }).count()).toBe(0);
    await sec.close();
    await member.close();
  }, 120_000);

  it('a secretary records the lesson in the app (H5 MediaRecorder, m4a) and it is uploaded with its length (375 px)', async () => {
    const width = 375;
    const sec = await e2e.open(width, 'demo-secretary-bureau');
    await fakeMicrophone(sec);
    const sv = shown(sec);
    await go(sec, '/packageSecretary/lessons/index');
    await sv.locator('#lesson-new').click();
    await sv.locator('#lesson-record').click();
    await sv.getByText(/已录 0分0[0-9]秒/).waitFor();
    await sec.waitForTimeout(2500);
    await e2e.shot(sec, 'secretary', 'lesson-recording', width);
    await sv.locator('#lesson-record-stop').click();
    await sv.getByText('录音已上传，约1分钟。老同志点“朗读”就播放这段录音。').waitFor();
    await sv.getByText('删除录音').waitFor();
    await sec.close();
  }, 60_000);

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

import type { Page } from 'playwright-core';
import { tinyMp4 } from '../support/mp4';
import { expectElderLayout, shown, useE2E } from './support/e2e-env';
import { fakeMicrophone } from './support/fake-microphone';
import { chooseFile, imageLoaded } from './support/files';
import { png } from './support/png';

/**
 * A lesson's pictures, recording and video in Chromium: a secretary adds a cover, a body image and a
 * recording, attaches an mp4 or records the lesson in the app, and a member of the branch sees and plays
 * them. Screenshots at 375 and 320 px.
 */

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

describe('a lesson\'s cover, pictures, recording and video in Chromium', () => {
  const e2e = useE2E();
  const { go } = e2e;

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
});

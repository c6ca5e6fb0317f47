import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tcb from '@cloudbase/node-sdk';
import { startLocalStack, type LocalStack } from '../../../cloudfunctions/local/stack';
import { cloudFiles, type Files, type StorageApp } from '../../../cloudfunctions/platform/files';
import { tinyMp4 } from '../../support/mp4';

/** A real 1×1 PNG (what a phone photo starts with is what the route checks). */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** POST /storage/upload: the H5 stand-in for wx.cloud.uploadFile, into the emulator's storage. */
describe('gateway upload route', () => {
  let stack: LocalStack;
  let dataDir: string;
  let url: string;
  let files: Files;
  let storedId = '';
  const upload = (cloudPath: string, body: Buffer, openid: string | null = 'demo-member-1') =>
    fetch(`${url}/storage/upload?path=${encodeURIComponent(cloudPath)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...(openid ? { 'x-dev-openid': openid } : {}) },
      body: new Uint8Array(body),
    });

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'yinling-upload-'));
    stack = await startLocalStack({ dataDir, port: 0, h5Dir: path.join(dataDir, 'no-h5-build') });
    url = stack.gateway.url;
    files = cloudFiles(tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }) as unknown as StorageApp);
  });
  afterAll(async () => {
    await stack.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores a photo through the SDK and serves the same bytes back by a temporary URL', async () => {
    const res = await upload('ideas/2026/abcdefghijkl0001.png', TINY_PNG);
    expect(res.status).toBe(200);
    const { fileID } = (await res.json()) as { fileID: string };
    storedId = fileID;
    expect(fileID).toMatch(/^cloud:\/\/[^/]+\/ideas\/2026\/abcdefghijkl0001\.png$/);
    const urls = await files.tempUrls([fileID]);
    const served = await fetch(urls[fileID]);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toContain('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(TINY_PNG)).toBe(true);
  });

  it('accepts a recording under lessons/audio', async () => {
    const mp3 = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(64, 1)]);
    const res = await upload('lessons/audio/2026/abcdefghijkl0002.mp3', mp3, 'demo-secretary-bureau');
    expect(res.status).toBe(200);
  });

  it('stores a lesson video (mp4, sniffed by its ftyp box) and refuses what is not one, or too big — storing nothing', async () => {
    const mp4 = tinyMp4();
    const ok = await upload('lessons/video/2026/videoabcdef00001.mp4', mp4, 'demo-secretary-bureau');
    expect(ok.status).toBe(200);
    const { fileID } = (await ok.json()) as { fileID: string };
    const served = await fetch((await files.tempUrls([fileID]))[fileID]);
    expect(served.headers.get('content-type')).toContain('video/mp4');
    expect(Buffer.from(await served.arrayBuffer()).equals(mp4)).toBe(true);

    const refusedAs = async (cloudPath: string, body: Buffer, status: number, error: string) => {
      const res = await upload(cloudPath, body, 'demo-secretary-bureau');
      expect({ cloudPath, status: res.status, body: await res.json() }).toEqual({ cloudPath, status, body: { ok: false, error: { code: expect.any(String), message: error }, requestId: '' } });
    };
    // Not an mp4 inside: a photo, a text, an audio-only m4a renamed .mp4.
    await refusedAs('lessons/video/2026/videoabcdef00002.mp4', TINY_PNG, 415, '这个文件不是视频，只能上传 mp4 格式');
    await refusedAs('lessons/video/2026/videoabcdef00003.mp4', Buffer.from('<html>not a video</html>'), 415, '这个文件不是视频，只能上传 mp4 格式');
    await refusedAs('lessons/video/2026/videoabcdef00004.mp4', tinyMp4('M4A '), 415, '这个文件不是视频，只能上传 mp4 格式');
    // Other video formats and video under another purpose's prefix are not paths the client makes.
    await refusedAs('lessons/video/2026/videoabcdef00005.mov', mp4, 415, '只能上传 jpg、png、webp 照片，mp3、m4a、aac 录音或 mp4 视频');
    await refusedAs('lessons/audio/2026/videoabcdef00006.mp4', mp4, 415, '只能上传 jpg、png、webp 照片，mp3、m4a、aac 录音或 mp4 视频');
    await refusedAs('ideas/2026/videoabcdef00007.mp4', mp4, 415, '只能上传 jpg、png、webp 照片，mp3、m4a、aac 录音或 mp4 视频');
    // Over 50MB: refused from the declared length, before the bytes are stored.
    await refusedAs('lessons/video/2026/videoabcdef00008.mp4', tinyMp4('isom', 50 * 1024 * 1024 + 1), 413, '视频太大了，不能超过50MB');
    // Exactly at the cap is fine.
    expect((await upload('lessons/video/2026/videoabcdef00009.mp4', tinyMp4('isom', 50 * 1024 * 1024), 'demo-secretary-bureau')).status).toBe(200);

    const refused = ['00002.mp4', '00003.mp4', '00004.mp4', '00005.mov', '00008.mp4'].map((end) => fileID.replace('00001.mp4', end));
    refused.push(fileID.replace('lessons/video/2026/videoabcdef00001.mp4', 'lessons/audio/2026/videoabcdef00006.mp4'));
    expect(Object.keys(await files.tempUrls([fileID, ...refused]))).toEqual([fileID]);
  }, 60_000);

  /** The gateway's envelope for a refusal, as "CODE message". */
  const refusal = async (res: Response) => {
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    return `${error.code} ${error.message}`;
  };

  it('refuses without sign-in, outside the purpose prefixes, the wrong type and oversize, in plain Chinese', async () => {
    const anon = await upload('ideas/2026/abcdefghijkl0003.png', TINY_PNG, null);
    expect(anon.status).toBe(401);
    expect(await anon.json()).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录后再上传' }, requestId: '' });

    for (const bad of ['other/2026/abcdefghijkl0004.png', 'ideas/../x/abcdefghijkl.png', 'ideas/2026/short.png', 'ideas/2026/abcdefghijkl0004.exe', 'ideas/2026/abcdefghijkl0004.mp3']) {
      const res = await upload(bad, TINY_PNG);
      expect(res.status).toBe(415);
      expect(await refusal(res)).toEqual('UNSUPPORTED_FILE 只能上传 jpg、png、webp 照片，mp3、m4a、aac 录音或 mp4 视频');
    }

    const text = await upload('ideas/2026/abcdefghijkl0005.jpg', Buffer.from('<script>alert(1)</script>'));
    expect(text.status).toBe(415);
    expect(await refusal(text)).toBe('UNSUPPORTED_FILE 这个文件不是照片，只能上传 jpg、jpeg、png、webp 格式');
    // A PNG named .jpg is not believed either.
    expect((await upload('ideas/2026/abcdefghijkl0006.jpg', TINY_PNG)).status).toBe(415);

    const big = await upload('ideas/2026/abcdefghijkl0007.png', Buffer.concat([TINY_PNG, Buffer.alloc(5 * 1024 * 1024)]));
    expect(big.status).toBe(413);
    expect(await refusal(big)).toBe('PAYLOAD_TOO_LARGE 照片太大了，不能超过5MB');

    const empty = await upload('ideas/2026/abcdefghijkl0008.png', Buffer.alloc(0));
    expect(empty.status).toBe(422);
    expect(await refusal(empty)).toBe('VALIDATION_FAILED 没有收到照片，请重新选择');

    // Nothing refused was stored.
    const refused = ['ideas/2026/abcdefghijkl0003.png', 'ideas/2026/abcdefghijkl0005.jpg', 'ideas/2026/abcdefghijkl0007.png'];
    const ids = refused.map((p) => storedId.replace('ideas/2026/abcdefghijkl0001.png', p));
    expect(Object.keys(await files.tempUrls([storedId, ...ids]))).toEqual([storedId]);
  });
});

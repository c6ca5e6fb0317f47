import { randomBytes } from 'node:crypto';
import { CloudBase, itEmulatorOnly, startCloudBase } from './harness';

/** Storage: upload, temporary URL, download, delete — with the SDK's own upload and download code paths. */
let c: CloudBase;
const prefix = `contract/${randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  c = await startCloudBase();
});
afterAll(() => c?.close());

describe('storage', () => {
  it('uploadFile answers a cloud:// fileID; the temporary URL serves the same bytes', async () => {
    const bytes = randomBytes(4096);
    const { fileID } = await c.app.uploadFile({ cloudPath: `${prefix}/音频 1.mp3`, fileContent: bytes });
    expect(fileID).toMatch(/^cloud:\/\/[^/]+\/contract\/[0-9a-f]{8}\/音频 1\.mp3$/);

    const { fileList } = await c.app.getTempFileURL({ fileList: [{ fileID, maxAge: 600 }] });
    expect(fileList).toEqual([{ fileID, tempFileURL: expect.stringMatching(/^https?:\/\//), code: 'SUCCESS' }]);

    const res = await fetch(encodeURI(fileList[0].tempFileURL));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('audio/mpeg');
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);

    const { fileContent } = await c.app.downloadFile({ fileID });
    expect(Buffer.compare(fileContent as Buffer, bytes)).toBe(0);
  });

  it('uploading to the same path replaces the content', async () => {
    const cloudPath = `${prefix}/replace.txt`;
    await c.app.uploadFile({ cloudPath, fileContent: Buffer.from('first') });
    const { fileID } = await c.app.uploadFile({ cloudPath, fileContent: Buffer.from('second') });
    expect(((await c.app.downloadFile({ fileID })).fileContent as Buffer).toString()).toBe('second');
  });

  it('deleteFile removes it; a deleted file has no temporary URL', async () => {
    const { fileID } = await c.app.uploadFile({ cloudPath: `${prefix}/gone.png`, fileContent: Buffer.from('png') });
    const del = await c.app.deleteFile({ fileList: [fileID] });
    expect(del.fileList).toEqual([{ fileID, code: 'SUCCESS' }]);
    const { fileList } = await c.app.getTempFileURL({ fileList: [fileID] });
    expect(fileList[0].code).not.toBe('SUCCESS');
  });

  itEmulatorOnly('per-file codes for missing files, and files live under <dataDir>/files', 'inspects emulator files', async () => {
    const missing = `cloud://${c.emulator!.envId}.6e6f-x-1/nope.txt`;
    const { fileList } = await c.app.getTempFileURL({ fileList: [missing] });
    expect(fileList[0]).toMatchObject({ fileID: missing, code: expect.any(String), tempFileURL: '' });
    const { fileID } = await c.app.uploadFile({ cloudPath: `${prefix}/kept.txt`, fileContent: Buffer.from('kept') });
    const url = (await c.app.getTempFileURL({ fileList: [fileID] })).fileList[0].tempFileURL;
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(`${c.dataDir}/files/${prefix}/kept.txt`, 'utf8')).toBe('kept');
    const del = await c.app.deleteFile({ fileList: [fileID] });
    expect(del.fileList[0].code).toBe('SUCCESS');
    expect((await c.app.deleteFile({ fileList: [fileID] })).fileList[0].code).toBe('STORAGE_FILE_NONEXIST');
    expect((await fetch(encodeURI(url))).status).toBe(404);
  });

  itEmulatorOnly('a tampered or expired temporary URL is refused like COS does', 'signing is emulator-local', async () => {
    const { fileID } = await c.app.uploadFile({ cloudPath: `${prefix}/signed.txt`, fileContent: Buffer.from('x') });
    const short = (await c.app.getTempFileURL({ fileList: [{ fileID, maxAge: 1 }] })).fileList[0].tempFileURL;
    expect((await fetch(encodeURI(short.replace(/sign=[0-9a-f]/, 'sign=z')))).status).toBe(403);
    await new Promise((r) => setTimeout(r, 2100));
    expect((await fetch(encodeURI(short))).status).toBe(403);
  });
});

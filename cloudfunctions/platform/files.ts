/**
 * Cloud storage: ledgers the functions make, and the images and audio users upload
 * (the client uploads straight to storage and hands the function a fileID). In the cloud this is
 * CloudBase storage; locally the same SDK calls land in the emulator's file store.
 */
export interface Files {
  /** Stores bytes at `cloudPath` (same path: replaced) and answers the fileID. */
  put(cloudPath: string, bytes: Buffer): Promise<string>;
  /** Temporary download URLs; files that do not exist are left out of the answer. */
  tempUrls(fileIds: string[], maxAgeSeconds?: number): Promise<Record<string, string>>;
  remove(fileIds: string[]): Promise<void>;
}

/** The slice of the SDK app the port needs (tcb.init(...) satisfies it). */
export interface StorageApp {
  uploadFile(params: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  getTempFileURL(params: { fileList: Array<{ fileID: string; maxAge: number }> }): Promise<{
    fileList: Array<{ fileID: string; tempFileURL: string; code: string }>;
  }>;
  deleteFile(params: { fileList: string[] }): Promise<unknown>;
}

/** getTempFileURL takes at most 50 files per call. */
const BATCH = 50;

export const cloudFiles = (app: StorageApp): Files => ({
  async put(cloudPath, bytes) {
    const { fileID } = await app.uploadFile({ cloudPath, fileContent: bytes });
    return fileID;
  },
  async tempUrls(fileIds, maxAgeSeconds = 3600) {
    const urls: Record<string, string> = {};
    const unique = [...new Set(fileIds)];
    for (let i = 0; i < unique.length; i += BATCH) {
      const fileList = unique.slice(i, i + BATCH).map((fileID) => ({ fileID, maxAge: maxAgeSeconds }));
      const answer = await app.getTempFileURL({ fileList });
      for (const f of answer.fileList) if (f.code === 'SUCCESS' && f.tempFileURL) urls[f.fileID] = f.tempFileURL;
    }
    return urls;
  },
  async remove(fileIds) {
    for (let i = 0; i < fileIds.length; i += BATCH) await app.deleteFile({ fileList: fileIds.slice(i, i + BATCH) });
  },
});

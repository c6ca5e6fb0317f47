import type { UploadKind, UploadPurpose } from '@contract/uploads';

/**
 * 照片、音频与视频: choosing and uploading files. The real implementations are chosen at build time by Taro's
 * platform suffix, like transport.ts: `upload.weapp.ts` (wx.chooseMedia / chooseMessageFile, then
 * wx.cloud.uploadFile straight to storage) and `upload.h5.ts` (an <input type=file> and a POST to the
 * local gateway's /storage/upload). Functions only ever receive the fileID.
 */

/** A file the person chose, not yet uploaded. */
export interface PickedFile {
  name: string;
  size: number;
  /** Something an <Image>/<audio> can show or play before uploading. */
  previewUrl: string;
  /** Platform handle (weapp: temp file path; H5: the File). */
  source: unknown;
}

export type UploadAnswer = { ok: true; fileID: string } | { ok: false; message: string };

/** Opens the chooser; resolves with what was chosen ([] when cancelled). */
export type Choose = (kind: UploadKind, max: number) => Promise<PickedFile[]>;
/** Uploads one chosen file under `purpose`'s prefix. Never throws. */
export type Upload = (purpose: UploadPurpose, file: PickedFile) => Promise<UploadAnswer>;
/** Seconds of a chosen recording, or null when the platform cannot tell. */
export type DurationOf = (file: PickedFile) => Promise<number | null>;

export const chooseFiles: Choose = async () => [];
export const uploadFile: Upload = async () => ({ ok: false, message: '这里不能上传文件' });
export const durationOf: DurationOf = async () => null;

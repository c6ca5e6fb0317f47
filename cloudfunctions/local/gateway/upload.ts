import type { IncomingMessage, ServerResponse } from 'node:http';
import tcb from '@cloudbase/node-sdk';
import { extensionOf, purposeOfPath, SAME_TYPE, sniffType, UPLOAD_KINDS, UPLOAD_PURPOSES } from '../../contract/uploads';
import { cloudFiles, type StorageApp } from '../../platform/files';
import { sendError, sendJson } from './http-util';

/**
 * POST /storage/upload?path=<cloudPath> with the raw bytes (local H5 only — on weapp the client calls
 * wx.cloud.uploadFile itself). Signed-in callers only; the path must be one the client makes for a
 * purpose (contract/uploads.ts), the bytes must really be that type and within its size. The bytes go
 * through the real SDK's uploadFile into the emulator's storage, exactly as a cloud upload would land.
 */

const readLimited = (req: IncomingMessage, max: number): Promise<Buffer | null> =>
  new Promise((resolve, rejectRead) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
    });
    // Read to the end even past the limit, so the client gets the answer rather than a reset.
    req.on('end', () => resolve(size > max ? null : Buffer.concat(chunks)));
    req.on('error', rejectRead);
  });

export const handleStorageUpload = async (req: IncomingMessage, res: ServerResponse, url: URL, openid: string | null): Promise<void> => {
  if (!openid) {
    req.resume();
    return sendError(res, 'UNAUTHENTICATED', '请先登录后再上传');
  }
  const cloudPath = url.searchParams.get('path') ?? '';
  const purpose = purposeOfPath(cloudPath);
  if (!purpose) {
    req.resume();
    return sendError(res, 'UNSUPPORTED_FILE', '只能上传 jpg、png、webp 照片，mp3、m4a、aac 录音或 mp4 视频');
  }
  const kind = UPLOAD_KINDS[UPLOAD_PURPOSES[purpose].kind];
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > kind.maxBytes) {
    req.resume();
    return sendError(res, 'PAYLOAD_TOO_LARGE', `${kind.label}太大了，不能超过${kind.limitText}`);
  }
  const bytes = await readLimited(req, kind.maxBytes);
  if (!bytes) return sendError(res, 'PAYLOAD_TOO_LARGE', `${kind.label}太大了，不能超过${kind.limitText}`);
  if (bytes.length === 0) return sendError(res, 'VALIDATION_FAILED', `没有收到${kind.label}，请重新选择`);
  const sniffed = sniffType(bytes);
  if (!sniffed || !(SAME_TYPE[sniffed] ?? []).includes(extensionOf(cloudPath))) {
    return sendError(res, 'UNSUPPORTED_FILE', `这个文件不是${kind.label}，只能上传 ${kind.exts.join('、')} 格式`);
  }
  const files = cloudFiles(tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }) as unknown as StorageApp);
  const fileID = await files.put(cloudPath, bytes);
  sendJson(res, 200, { fileID });
};

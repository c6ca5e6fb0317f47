import { randomBytes } from 'node:crypto';
import type { Answer } from '../db/actions';
import { ErrorCodes, EmulatorError } from '../errors';
import { FileStore, requireCloudPath } from './files';

/**
 * storage.* actions as @cloudbase/node-sdk's storage module sends and reads them:
 *  - getUploadMetadata {path} → data {url, token, authorization, fileId, cosFileId, download_url}; the SDK
 *    then PUTs the bytes to `url` (served by http.ts → FileStore.write);
 *  - batchGetDownloadUrl {file_list: [{fileid, max_age}]} → data.download_list [{fileID, tempFileURL, code}];
 *  - batchDeleteFile {fileid_list} → data.delete_list [{fileID, code}].
 * Per-file failures are per-item codes (STORAGE_FILE_NONEXIST), as CloudBase reports them.
 */
export interface StorageContext {
  files: FileStore;
  baseUrl: () => string;
}

type Handler = (p: Record<string, unknown>, ctx: StorageContext) => Promise<Answer>;

const UPLOAD_TTL_S = 600;
const DEFAULT_MAX_AGE_S = 86400;

/** Upload URLs are fetched by Node's http.request, which rejects raw non-ASCII: percent-encode them. */
const encodedPath = (p: string) => p.split('/').map(encodeURIComponent).join('/');

const getUploadMetadata: Handler = async (p, ctx) => {
  const cloudPath = requireCloudPath(p.path);
  const expires = Math.floor(Date.now() / 1000) + UPLOAD_TTL_S;
  const sig = ctx.files.sign('put', cloudPath, expires);
  const fileId = ctx.files.fileIdFor(cloudPath);
  return {
    data: {
      url: `${ctx.baseUrl()}/cos/${encodedPath(cloudPath)}?sign=${sig}&t=${expires}`,
      token: randomBytes(16).toString('hex'),
      authorization: `q-sign-algorithm=sha1&q-ak=emulator&q-sign-time=${expires}&q-signature=${sig}`,
      fileId,
      cosFileId: randomBytes(12).toString('hex'),
      download_url: downloadUrl(ctx, cloudPath, DEFAULT_MAX_AGE_S),
    },
  };
};

/**
 * Temporary URLs keep the path unencoded, as CloudBase's do: the SDK's downloadFile runs encodeURI over
 * tempFileURL itself, and browsers accept the raw form in <img src>.
 */
function downloadUrl(ctx: StorageContext, cloudPath: string, maxAge: number): string {
  const expires = Math.floor(Date.now() / 1000) + maxAge;
  return `${ctx.baseUrl()}/files/${cloudPath}?sign=${ctx.files.sign('get', cloudPath, expires)}&t=${expires}`;
}

const batchGetDownloadUrl: Handler = async (p, ctx) => {
  const list = Array.isArray(p.file_list) ? p.file_list : null;
  if (!list) throw new EmulatorError(ErrorCodes.invalidParam, 'file_list must be an array');
  const download_list = await Promise.all(
    list.map(async (item: { fileid?: unknown; max_age?: unknown }) => {
      const fileID = String(item?.fileid ?? '');
      const path = ctx.files.pathOf(fileID);
      if (!path) return { fileID, tempFileURL: '', code: 'INVALID_PARAM' };
      if (!(await ctx.files.exists(path))) return { fileID, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' };
      const maxAge = Number(item.max_age) > 0 ? Number(item.max_age) : DEFAULT_MAX_AGE_S;
      return { fileID, tempFileURL: downloadUrl(ctx, path, maxAge), code: 'SUCCESS' };
    }),
  );
  return { data: { download_list } };
};

const batchDeleteFile: Handler = async (p, ctx) => {
  const list = Array.isArray(p.fileid_list) ? p.fileid_list : null;
  if (!list) throw new EmulatorError(ErrorCodes.invalidParam, 'fileid_list must be an array');
  const delete_list = [];
  for (const raw of list) {
    const fileID = String(raw ?? '');
    const path = ctx.files.pathOf(fileID);
    if (!path) delete_list.push({ fileID, code: 'INVALID_PARAM' });
    else delete_list.push({ fileID, code: (await ctx.files.remove(path)) ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST' });
  }
  return { data: { delete_list } };
};

export const storageActions: Record<string, Handler> = {
  'storage.getUploadMetadata': getUploadMetadata,
  'storage.batchGetDownloadUrl': batchGetDownloadUrl,
  'storage.batchDeleteFile': batchDeleteFile,
};

import { uploadedFileProblem, type UploadPurpose } from '../contract/uploads';
import { AppError } from './app-error';
import type { Files } from './files';

/** The environment this function runs in (CloudBase sets both; locally the gateway points them at the emulator). */
export const currentEnvId = (): string | undefined => process.env.TCB_ENV || process.env.SCF_NAMESPACE || undefined;

/**
 * A use case takes fileIDs from the client only after this: each must be a file of this environment,
 * under the prefix of its purpose (contract/uploads.ts), and really stored (storage gives it a URL).
 * Refusal is VALIDATION_FAILED on `field`, in words people can act on.
 */
export const requireUploads = (files: Files, fileIds: string[], purpose: UploadPurpose, field: string): Promise<Record<string, string>> =>
  requireUploadGroups(files, [{ fileIds, purpose, field }]);

/** Several purposes at once (a lesson's cover, images and recording): one storage call for all of them. */
export const requireUploadGroups = async (
  files: Files,
  groups: Array<{ fileIds: string[]; purpose: UploadPurpose; field: string }>,
): Promise<Record<string, string>> => {
  const env = currentEnvId();
  for (const { fileIds, purpose, field } of groups) {
    for (const id of fileIds) {
      const problem = uploadedFileProblem(id, purpose, env);
      if (problem) throw new AppError('VALIDATION_FAILED', { [field]: problem });
    }
  }
  const all = groups.flatMap((g) => g.fileIds);
  if (all.length === 0) return {};
  const urls = await files.tempUrls(all);
  const missing = groups.find((g) => g.fileIds.some((id) => !urls[id]));
  if (missing) throw new AppError('VALIDATION_FAILED', { [missing.field]: '文件没有上传成功，请重新上传' });
  return urls;
};

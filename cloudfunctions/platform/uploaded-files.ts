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
export const requireUploads = async (files: Files, fileIds: string[], purpose: UploadPurpose, field: string): Promise<Record<string, string>> => {
  if (fileIds.length === 0) return {};
  const env = currentEnvId();
  for (const id of fileIds) {
    const problem = uploadedFileProblem(id, purpose, env);
    if (problem) throw new AppError('VALIDATION_FAILED', { [field]: problem });
  }
  const urls = await files.tempUrls(fileIds);
  if (fileIds.some((id) => !urls[id])) throw new AppError('VALIDATION_FAILED', { [field]: '文件没有上传成功，请重新上传' });
  return urls;
};

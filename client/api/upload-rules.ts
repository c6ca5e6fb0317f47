import { cloudPathFor, extensionOf, UPLOAD_KINDS, UPLOAD_PURPOSES, type UploadKind, type UploadPurpose } from '@contract/uploads';

/**
 * What the client checks before sending a file (the gateway and the functions check again): the kind's
 * extensions and size, in words people act on. Shared by upload.weapp.ts and upload.h5.ts.
 */
export const pickedProblem = (kind: UploadKind, name: string, size: number): string | null => {
  const rule = UPLOAD_KINDS[kind];
  if (!(rule.exts as readonly string[]).includes(extensionOf(name))) return `这个文件不是${rule.label}，只能选 ${rule.exts.join('、')} 格式`;
  if (size > rule.maxBytes) return `${rule.label}太大了，不能超过${rule.limitText}`;
  if (size === 0) return `没有读到${rule.label}，请重新选择`;
  return null;
};

const randomName = (): string => {
  let s = '';
  while (s.length < 20) s += Math.random().toString(36).slice(2);
  return s.slice(0, 20);
};

/** `ideas/2026/k3j9….jpg`: the client names the file under its purpose's prefix (jpeg → jpg). */
export const newCloudPath = (purpose: UploadPurpose, name: string): string => {
  const ext = extensionOf(name) === 'jpeg' ? 'jpg' : extensionOf(name);
  return cloudPathFor(purpose, ext, new Date(), randomName());
};

export const kindOf = (purpose: UploadPurpose): UploadKind => UPLOAD_PURPOSES[purpose].kind;

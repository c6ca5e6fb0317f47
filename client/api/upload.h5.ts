import { UPLOAD_KINDS } from '@contract/uploads';
import type { Choose, DurationOf, PickedFile, Upload } from './upload';
import { kindOf, newCloudPath, pickedProblem } from './upload-rules';

/**
 * H5 (local): a hidden <input type=file> opened from the button, then the raw bytes POSTed to the
 * gateway (`/storage/upload?path=…`), which stores them through the real SDK into the emulator.
 */
export const chooseFiles: Choose = (kind, max) =>
  new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = UPLOAD_KINDS[kind].exts.map((e) => `.${e}`).join(',') + { image: ',image/*', audio: ',audio/*', video: ',video/mp4' }[kind];
    input.multiple = max > 1;
    input.className = `yl-file-input yl-file-input--${kind}`;
    input.style.display = 'none';
    let settled = false;
    const done = (files: PickedFile[]) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []).slice(0, max);
      done(files.map((f) => ({ name: f.name, size: f.size, previewUrl: URL.createObjectURL(f), source: f })));
    });
    input.addEventListener('cancel', () => done([]));
    document.body.appendChild(input);
    input.click();
  });

export const uploadFile: Upload = async (purpose, file) => {
  const problem = pickedProblem(kindOf(purpose), file.name, file.size);
  if (problem) return { ok: false, message: problem };
  try {
    const res = await fetch(`/storage/upload?path=${encodeURIComponent(newCloudPath(purpose, file.name))}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: file.source as File,
    });
    const answer = (await res.json()) as { fileID?: string; error?: { message?: string } };
    if (res.ok && answer.fileID) return { ok: true, fileID: answer.fileID };
    return { ok: false, message: answer.error?.message ?? '上传没有成功，请再试一次' };
  } catch {
    return { ok: false, message: '网络不太好，上传没有成功，请再试一次' };
  }
};

export const durationOf: DurationOf = (file) =>
  new Promise((resolve) => {
    const audio = new Audio();
    const timer = setTimeout(() => resolve(null), 5000);
    audio.preload = 'metadata';
    audio.onloadedmetadata = () => {
      clearTimeout(timer);
      resolve(Number.isFinite(audio.duration) && audio.duration > 0 ? Math.round(audio.duration) : null);
    };
    audio.onerror = () => {
      clearTimeout(timer);
      resolve(null);
    };
    audio.src = file.previewUrl;
  });

import Taro from '@tarojs/taro';
import type { Choose, DurationOf, PickedFile, Upload } from './upload';
import { kindOf, newCloudPath, pickedProblem } from './upload-rules';

/**
 * weapp: photos from the album or camera (chooseMedia, compressed), videos likewise (chooseMedia,
 * mediaType video), recordings from a chat file (chooseMessageFile), then wx.cloud.uploadFile straight to CloudBase storage → fileID.
 */
export const chooseFiles: Choose = async (kind, max) => {
  try {
    if (kind === 'image') {
      const res = await Taro.chooseMedia({ count: max, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] });
      return res.tempFiles.map((f): PickedFile => ({ name: f.tempFilePath, size: f.size, previewUrl: f.tempFilePath, source: f.tempFilePath }));
    }
    if (kind === 'video') {
      // Album or camera (a camera recording is at most 60 s on weapp). mp4 is what we accept; an
      // album .mov is refused by pickedProblem in words, before anything is uploaded.
      const res = await Taro.chooseMedia({ count: 1, mediaType: ['video'], sourceType: ['album', 'camera'], maxDuration: 60, camera: 'back' });
      return res.tempFiles.map((f): PickedFile => ({ name: f.tempFilePath, size: f.size, previewUrl: f.tempFilePath, source: f.tempFilePath}));
    }
    const res = await Taro.chooseMessageFile({ count: max, type: 'file', extension: ['mp3', 'm4a', 'aac'] });
    return res.tempFiles.map((f): PickedFile => ({ name: f.name, size: f.size, previewUrl: f.path, source: f.path }));
  } catch {
    return []; // cancelled
  }
};

export const uploadFile: Upload = async (purpose, file) => {
  const problem = pickedProblem(kindOf(purpose), file.name, file.size);
  if (problem) return { ok: false, message: problem };
  try {
    const res = await Taro.cloud.uploadFile({ cloudPath: newCloudPath(purpose, file.name), filePath: file.source as string });
    return res.fileID ? { ok: true, fileID: res.fileID } : { ok: false, message: '上传没有成功，请再试一次' };
  } catch {
    return { ok: false, message: '网络不太好，上传没有成功，请再试一次' };
  }
};

export const durationOf: DurationOf = (file) =>
  new Promise((resolve) => {
    const ctx = Taro.createInnerAudioContext();
    const finish = (seconds: number | null) => {
      clearTimeout(timer);
      ctx.destroy();
      resolve(seconds);
    };
    const timer = setTimeout(() => finish(null), 5000);
    ctx.onCanplay(() => {
      // duration is filled in a moment after canplay on some devices
      setTimeout(() => finish(ctx.duration > 0 ? Math.round(ctx.duration) : null), 300);
    });
    ctx.onError(() => finish(null));
    ctx.src = file.previewUrl;
  });

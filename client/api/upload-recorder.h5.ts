import type { Recorder, Recording } from './upload-recorder';

/** The container types the storage accepts (m4a/AAC); browsers that only record webm/ogg cannot be used. */
const TYPES = ['audio/mp4;codecs=mp4a.40.2', 'audio/mp4'];

export const createRecorder = (): Recorder | null => {
  if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia) return null;
  const mimeType = TYPES.find((t) => MediaRecorder.isTypeSupported(t));
  if (!mimeType) return null;
  let recorder: MediaRecorder | null = null;
  let stream: MediaStream | null = null;
  let chunks: Blob[] = [];
  let startedAt = 0;
  return {
    async start() {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      } catch {
        return '没能打开麦克风，请允许网页使用麦克风后再试';
      }
      chunks = [];
      recorder = new MediaRecorder(stream, { mimeType });
      recorder.ondataavailable = (e) => {
        if (e.data.size) chunks.push(e.data);
      };
      recorder.start(1000);
      startedAt = Date.now();
      return null;
    },
    stop: () =>
      new Promise<Recording | null>((resolve) => {
        if (!recorder) return resolve(null);
        const r = recorder;
        r.onstop = () => {
          stream?.getTracks().forEach((t) => t.stop());
          recorder = null;
          const blob = new Blob(chunks, { type: 'audio/mp4' });
          if (!blob.size) return resolve(null);
          const file = new File([blob], 'recording.m4a', { type: 'audio/mp4' });
          resolve({
            file: { name: file.name, size: file.size, previewUrl: URL.createObjectURL(file), source: file },
            seconds: Math.max(1, Math.round((Date.now() - startedAt) / 1000)),
          });
        };
        r.stop();
      }),
  };
};

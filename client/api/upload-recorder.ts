import type { PickedFile } from './upload';

/**
 * 录音 in the app: the secretary records the lesson on the phone. Chosen by Taro's platform suffix:
 * `upload-recorder.weapp.ts` (wx.getRecorderManager, mp3) and `upload-recorder.h5.ts` (MediaRecorder, only
 * where the browser records mp4/AAC — the storage accepts mp3/m4a/aac only). The result is uploaded with
 * uploadFile('lessonAudio', file) like a chosen file.
 */
export interface Recording {
  file: PickedFile;
  seconds: number;
}

export interface Recorder {
  /** Null when recording started; otherwise what to tell the person. */
  start(): Promise<string | null>;
  /** Stops and answers the recording (null if nothing was recorded). */
  stop(): Promise<Recording | null>;
}

/** Null where this platform cannot record. */
export const createRecorder = (): Recorder | null => null;

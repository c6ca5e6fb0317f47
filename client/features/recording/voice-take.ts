import type { Recorder, Recording } from '../../api/upload-recorder';

/**
 * Speech-to-text's platform seam is `voice-capture.ts`, chosen by Taro's platform suffix like
 * api/upload-recorder: `voice-capture.weapp.ts` (WeChat's 同声传译 plug-in records and recognises at once),
 * `voice-capture.h5.ts` (MediaRecorder beside the browser's Web Speech API), the plain file (recording
 * alone) for TypeScript, jest and any other platform. One tap records and, where the platform can, also
 * listens; the words go into the form's own text box to correct before sending, so they pass the same
 * content-safety check as typed words. This file is what they share, kept apart from them because Taro
 * resolves `./voice-capture` inside voice-capture.h5.ts to that file itself.
 */
export interface Heard {
  recording: Recording | null;
  /** The words recognised, or null: not listening here, nothing heard, or the recogniser failed. */
  text: string | null;
}

export interface VoiceCapture {
  /** Words are recognised as well as recorded (the form says 正在听…). */
  listens: boolean;
  /** The longest one take may run here, in seconds (the server's limit, or less where the platform stops sooner). */
  maxSeconds?: number;
  /** Null when it started; otherwise what to tell the person. */
  start(): Promise<string | null>;
  stop(): Promise<Heard>;
}

/** A recorder that only records. */
export const recordingOnly = (recorder: Recorder | null): VoiceCapture | null =>
  recorder && {
    listens: false,
    start: () => recorder.start(),
    stop: async () => ({ recording: await recorder.stop(), text: null }),
  };

/** Words heard, added after what is already typed, cut at the box's length. */
export const withHeard = (typed: string, heard: string, max: number): string =>
  Array.from(typed.trim() ? `${typed.trimEnd()}${heard}` : heard).slice(0, max).join('');

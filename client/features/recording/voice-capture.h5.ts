import { createRecorder } from '../../api/upload-recorder';
import { recordingOnly, type VoiceCapture } from './voice-take';
import { webSpeechListener, type SpeechRecognitionClass } from './web-speech';

/**
 * H5: MediaRecorder records (the file the server keeps) and, where the browser has it, the Web Speech API
 * listens at the same time. Without it, or when it fails (Chromium's recogniser needs Google's network),
 * the recording alone is what is sent.
 */
export const createCapture = (): VoiceCapture | null => {
  const recording = recordingOnly(createRecorder());
  const w = window as unknown as { SpeechRecognition?: SpeechRecognitionClass; webkitSpeechRecognition?: SpeechRecognitionClass };
  const Recognition = w.SpeechRecognition ?? w.webkitSpeechRecognition;
  if (!recording || !Recognition) return recording;
  let listener: ReturnType<typeof webSpeechListener> | null = null;
  return {
    listens: true,
    async start() {
      const problem = await recording.start();
      if (!problem) listener = webSpeechListener(Recognition);
      return problem;
    },
    async stop() {
      const [heard, text] = await Promise.all([recording.stop(), listener ? listener.stop() : Promise.resolve(null)]);
      listener = null;
      return { recording: heard.recording, text };
    },
  };
};

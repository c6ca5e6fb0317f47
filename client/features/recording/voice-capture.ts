import { createRecorder } from '../../api/upload-recorder';
import { recordingOnly, type VoiceCapture } from './voice-take';

export type { Heard, VoiceCapture } from './voice-take';

/** No speech recognition on this platform: the recording alone (the weapp and H5 files say what they add). */
export const createCapture = (): VoiceCapture | null => recordingOnly(createRecorder());

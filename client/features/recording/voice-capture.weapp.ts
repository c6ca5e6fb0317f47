import { createRecorder } from '../../api/upload-recorder';
import { recordingOnly, type VoiceCapture } from './voice-take';
import { fromRecognitionManager, type RecognitionManager } from './wechat-recognition';

declare const requirePlugin: undefined | ((name: string) => unknown);

/** The plug-in's recognition manager, or null where the plug-in cannot be loaded (not authorised for this AppID, an old WeChat). */
const recognitionManager = (): RecognitionManager | null => {
  try {
    const plugin = typeof requirePlugin === 'function' ? (requirePlugin('WechatSI') as { getRecordRecognitionManager?: () => RecognitionManager } | undefined) : undefined;
    return plugin?.getRecordRecognitionManager?.() ?? null;
  } catch {
    return null;
  }
};

/**
 * weapp: WeChat's 同声传译 plug-in (declared once in app.config `plugins`, also used for reading aloud)
 * records and recognises; without it, the RecorderManager records alone.
 */
export const createCapture = (): VoiceCapture | null => {
  const manager = recognitionManager();
  return manager ? fromRecognitionManager(manager) : recordingOnly(createRecorder());
};

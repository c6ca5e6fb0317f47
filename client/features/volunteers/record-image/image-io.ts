import type { ServiceRecord } from './draw';
import type { RecordImage, SaveResult } from './image-types';

/**
 * Making, saving and sharing the record picture. The real implementations are chosen at build time by
 * Taro's platform file suffix: `image-io.weapp.ts` (Canvas type="2d" → canvasToTempFilePath, album,
 * share menu) and `image-io.h5.ts` (an HTMLCanvasElement → PNG data URL, download). Both draw with
 * `renderRecord` from ./draw. This suffix-less file is what TypeScript and jest see.
 */
export { RECORD_CANVAS_ID, type RecordImage, type SaveResult } from './image-types';

export const makeRecordImage = async (record: ServiceRecord): Promise<RecordImage> => {
  void record;
  throw new Error('No record picture maker for this platform');
};

export const saveRecordImage = async (image: RecordImage, fileName: string): Promise<SaveResult> => {
  void image;
  void fileName;
  return 'failed';
};

export const canShareImage = (): boolean => false;

export const shareRecordImage = async (image: RecordImage): Promise<boolean> => {
  void image;
  return false;
};

/** Opens the mini-program's permission settings (must follow a tap). */
export const openPhotoSettings = async (): Promise<void> => undefined;

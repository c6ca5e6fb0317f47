import type { ServiceRecord } from './draw';

/**
 * Making, saving and sharing the record picture. The real implementations are chosen at build time by
 * Taro's platform file suffix: `image-io.weapp.ts` (Canvas type="2d" → canvasToTempFilePath, album,
 * share menu) and `image-io.h5.ts` (an HTMLCanvasElement → PNG data URL, download). Both draw with
 * `renderRecord` from ./draw. This suffix-less file is what TypeScript and jest see.
 */
export interface RecordImage {
  /** A temp file path (mini-program) or a PNG data URL (H5). */
  src: string;
  width: number;
  height: number;
}

/** 'denied': the member said no to saving photos (now or earlier); the page explains how to allow it. */
export type SaveResult = 'saved' | 'denied' | 'cancelled' | 'failed';

/** The id of the (hidden) Canvas the mini-program draws on; H5 makes its own canvas. */
export const RECORD_CANVAS_ID = 'record-canvas';

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

import { renderRecord, type CanvasLike, type ServiceRecord } from './draw';
import type { RecordImage, SaveResult } from './image-types';

/** H5: draw on an HTMLCanvasElement with the shared drawing code; the picture is a PNG data URL. */
export { RECORD_CANVAS_ID } from './image-types';

export const makeRecordImage = async (record: ServiceRecord): Promise<RecordImage> => {
  const canvas = document.createElement('canvas');
  const size = renderRecord(canvas as unknown as CanvasLike, record);
  return { src: canvas.toDataURL('image/png'), ...size };
};

/** The browser downloads the PNG under a name that says what it is. */
export const saveRecordImage = async (image: RecordImage, fileName: string): Promise<SaveResult> => {
  const a = document.createElement('a');
  a.href = image.src;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  return 'saved';
};

export const canShareImage = (): boolean => false;
export const shareRecordImage = async (): Promise<boolean> => false;
export const openPhotoSettings = async (): Promise<void> => undefined;

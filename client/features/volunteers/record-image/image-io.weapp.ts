import Taro from '@tarojs/taro';
import { renderRecord, type CanvasLike, type ServiceRecord } from './draw';
import { RECORD_CANVAS_ID, type RecordImage, type SaveResult } from './image-types';

/**
 * Mini-program: draw on the page's hidden <Canvas type="2d" id="record-canvas"> with the shared drawing
 * code, then canvasToTempFilePath gives a PNG the member can save to the album or share.
 */
export { RECORD_CANVAS_ID } from './image-types';

const canvasNode = (): Promise<CanvasLike> =>
  new Promise((resolve, reject) => {
    Taro.createSelectorQuery()
      .select(`#${RECORD_CANVAS_ID}`)
      .fields({ node: true, size: true })
      .exec((res: Array<{ node?: CanvasLike } | null>) => {
        const node = res?.[0]?.node;
        if (node) resolve(node);
        else reject(new Error('record canvas not found'));
      });
  });

export const makeRecordImage = async (record: ServiceRecord): Promise<RecordImage> => {
  const canvas = await canvasNode();
  const size = renderRecord(canvas, record);
  const out = await Taro.canvasToTempFilePath({
    canvas: canvas as unknown as Taro.canvasToTempFilePath.Option['canvas'],
    fileType: 'png', x: 0, y: 0, width: size.width, height: size.height, destWidth: size.width, destHeight: size.height,
  } as Taro.canvasToTempFilePath.Option);
  return { src: out.tempFilePath, ...size };
};

const errMsg = (error: unknown): string => String((error as { errMsg?: string })?.errMsg ?? error);

/** Saves to the album. A refusal (now, or remembered from before) comes back as 'denied' for the page to explain. */
export const saveRecordImage = async (image: RecordImage): Promise<SaveResult> => {
  const setting = await Taro.getSetting().catch(() => null);
  if (setting?.authSetting?.['scope.writePhotosAlbum'] === false) return 'denied';
  try {
    await Taro.saveImageToPhotosAlbum({ filePath: image.src });
    return 'saved';
  } catch (error) {
    const msg = errMsg(error);
    if (/auth|deny|denied|permission/i.test(msg)) return 'denied';
    if (/cancel/i.test(msg)) return 'cancelled';
    return 'failed';
  }
};

export const canShareImage = (): boolean => Taro.canIUse('showShareImageMenu');

/** WeChat's own menu: send to a chat, save, or collect. */
export const shareRecordImage = async (image: RecordImage): Promise<boolean> => {
  try {
    await Taro.showShareImageMenu({ path: image.src });
    return true;
  } catch {
    return false;
  }
};

export const openPhotoSettings = async (): Promise<void> => {
  await Taro.openSetting().catch(() => undefined);
};

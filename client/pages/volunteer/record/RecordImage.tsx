import { Canvas, Image, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, StatusText } from '../../../ui';
import type { ServiceRecord } from '../../../features/volunteers/record-image/draw';
import {
  canShareImage, makeRecordImage, openPhotoSettings, RECORD_CANVAS_ID, saveRecordImage, shareRecordImage, type RecordImage as Made, type SaveResult,
} from '../../../features/volunteers/record-image/image-io';

const IS_H5 = process.env.TARO_ENV === 'h5';

const SAVE_WORDS: Record<Exclude<SaveResult, 'denied'>, { tone: 'ok' | 'info' | 'error'; text: string }> = {
  saved: { tone: 'ok', text: IS_H5 ? '图片已下载。' : '已保存到手机相册，可以在相册里找到它。' },
  cancelled: { tone: 'info', text: '没有保存。需要时再点一次“保存到手机相册”。' },
  failed: { tone: 'error', text: '没有保存成功，请再点一次。' },
};

/**
 * The record as a picture: made on a tap (the shared drawing code on a Canvas 2D), shown on the page, then
 * saved to the album or shared from WeChat's menu (downloaded in H5). Refusing the album is explained in
 * plain words with one button to the permission switch — no pop-ups.
 */
export function RecordImage({ record }: { record: ServiceRecord }) {
  const [image, setImage] = useState<Made | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [saved, setSaved] = useState<SaveResult | null>(null);

  const make = async () => {
    setBusy(true);
    setFailed(false);
    setSaved(null);
    try {
      setImage(await makeRecordImage(record));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    if (!image) return;
    setSaved(null);
    setSaved(await saveRecordImage(image, `志愿服务记录证明_${record.volunteerName}_${record.serial}.png`));
  };

  return (
    <View className='vol-noprint' id='record-image-box'>
      {!IS_H5 && (
        // Drawn on, never shown: far off the screen, at the picture's own size.
        <Canvas type='2d' id={RECORD_CANVAS_ID} canvasId={RECORD_CANVAS_ID} style={{ position: 'fixed', left: '-10000px', top: '0', width: '1080px', height: '2000px' }} />
      )}
      <View className='vol-gap' />
      <BigButton kind={image ? 'secondary' : 'primary'} id='record-make-image' busy={busy} busyText='正在生成图片…' onClick={() => void make()}>
        {image ? '重新生成证明图片' : '生成证明图片，发给家人'}
      </BigButton>
      {failed && <StatusText tone='error'>图片没有生成出来，请再点一次。</StatusText>}
      {image && (
        <View>
          <Image
            id='record-image'
            className='vol-record-image'
            src={image.src}
            mode='widthFix'
            showMenuByLongpress
            ariaLabel={`志愿服务记录证明图片：${record.volunteerName}，累计服务${record.rows.length}次`}
          />
          <BigButton id='record-save' onClick={() => void save()}>{IS_H5 ? '下载证明图片' : '保存到手机相册'}</BigButton>
          {!IS_H5 && canShareImage() && (
            <BigButton kind='secondary' id='record-share' onClick={() => void shareRecordImage(image)}>发给家人或朋友</BigButton>
          )}
          {saved === 'denied' && (
            <View id='record-denied'>
              <StatusText tone='warn'>
                没有保存：小程序还没有得到“保存到相册”的允许。请点下面的按钮，把“保存到相册”打开，再回来点一次“保存到手机相册”。
              </StatusText>
              <BigButton kind='secondary' id='record-open-settings' onClick={() => void openPhotoSettings()}>去打开“保存到相册”</BigButton>
            </View>
          )}
          {saved && saved !== 'denied' && <StatusText tone={SAVE_WORDS[saved].tone} id='record-saved'>{SAVE_WORDS[saved].text}</StatusText>}
        </View>
      )}
    </View>
  );
}

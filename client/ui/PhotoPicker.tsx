import { View, Text, Image } from '@tarojs/components';
import { useState } from 'react';
import type { UploadPurpose } from '@contract/uploads';
import { chooseFiles, uploadFile } from '../api/upload';
import { BigButton } from './BigButton';
import { StatusText } from './StatusText';
import './photo-picker.scss';

export interface PickedPhoto {
  fileID: string;
  /** What to show: a temporary URL from the server, or the local preview right after upload. */
  url: string;
}

interface Props {
  /** Where the photos go (contract/uploads.ts): decides the storage prefix. */
  purpose: UploadPurpose;
  value: PickedPhoto[];
  onChange: (photos: PickedPhoto[]) => void;
  max: number;
  /** Spoken name of the photos, e.g. 照片, 封面图片. */
  label?: string;
  id?: string;
}

/**
 * 添加照片: one big button opens the album/camera (H5: a file chooser), each chosen photo is uploaded
 * at once and shown as a large thumbnail with its own 删除 button. Errors are said in words on the page.
 */
export function PhotoPicker({ purpose, value, onChange, max, label = '照片', id }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const left = max - value.length;

  const add = async () => {
    setError(null);
    const picked = await chooseFiles('image', left);
    if (picked.length === 0) return;
    setBusy(true);
    const added: PickedPhoto[] = [];
    for (const file of picked) {
      const answer = await uploadFile(purpose, file);
      if (answer.ok) added.push({ fileID: answer.fileID, url: file.previewUrl });
      else setError(answer.message);
    }
    setBusy(false);
    if (added.length) onChange([...value, ...added].slice(0, max));
  };

  return (
    <View className='photo-picker' id={id}>
      {value.length > 0 && (
        <View className='photo-grid'>
          {value.map((p, i) => (
            <View key={p.fileID} className='photo-cell'>
              <Image className='photo-thumb' src={p.url} mode='aspectFill' aria-label={`${label}${i + 1}`} />
              <BigButton kind='secondary' onClick={() => onChange(value.filter((x) => x.fileID !== p.fileID))}>
                {`删除第${i + 1}张`}
              </BigButton>
            </View>
          ))}
        </View>
      )}
      {left > 0 ? (
        <BigButton kind='secondary' busy={busy} busyText={`正在上传${label}，请稍候…`} onClick={add}>
          {value.length ? `再添加${label}（还能加${left}张）` : `添加${label}`}
        </BigButton>
      ) : (
        <Text className='photo-note'>{max === 1 ? '要换一张，请先点上面的“删除”' : `已经${max}张了，最多${max}张`}</Text>
      )}
      {error && <StatusText tone='error'>{error}</StatusText>}
    </View>
  );
}

/** Photos to show (read-only): large, one per row on narrow screens. */
export function PhotoList({ urls, label = '照片' }: { urls: string[]; label?: string }) {
  if (urls.length === 0) return null;
  return (
    <View className='photo-grid photo-grid--read'>
      {urls.map((url, i) => (
        <Image key={url} className='photo-thumb photo-thumb--read' src={url} mode='widthFix' aria-label={`${label}${i + 1}`} />
      ))}
    </View>
  );
}

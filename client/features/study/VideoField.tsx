import { View, Video } from '@tarojs/components';
import { useState } from 'react';
import { chooseFiles, uploadFile } from '../../api/upload';
import { BigButton, StatusText } from '../../ui';
import './video.scss';

export interface LessonVideo {
  fileID: string;
  /** Something the <Video> can show before the lesson is saved (temp path / object URL / stored URL). */
  url: string;
}

/**
 * 视频（可不选） in the lesson editor: one mp4 (≤ 50MB) from the album or the camera, uploaded straight to storage like the
 * recording. The secretary sees it in a small player to check it is the right one; 删除视频 removes it.
 */
export function VideoField({ value, onChange }: { value: LessonVideo | null; onChange: (v: LessonVideo | null) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    setError(null);
    const [file] = await chooseFiles('video', 1);
    if (!file) return;
    setBusy(true);
    const answer = await uploadFile('lessonVideo', file);
    setBusy(false);
    if (!answer.ok) return setError(answer.message);
    onChange({ fileID: answer.fileID, url: file.previewUrl });
  };

  if (!value) {
    return (
      <View id='lesson-video' style={{ display: 'flex', flexDirection: 'column', gap: '0.6rem' }}>
        <BigButton kind='secondary' id='lesson-video-add' busy={busy} busyText='正在上传视频，视频大，请多等一会儿…' onClick={() => void add()}>
          上传视频
        </BigButton>
        {error && <StatusText tone='error'>{error}</StatusText>}
      </View>
    );
  }
  return (
    <View id='lesson-video' style={{ display: 'flex', flexDirection: 'column', gap: '0.6rem' }}>
      <StatusText tone='ok'>视频已上传。老同志打开这一课，在上面就能看到视频。</StatusText>
      {value.url && <Video className='lesson-video-preview' src={value.url} controls autoplay={false} objectFit='contain' />}
      <BigButton kind='secondary' id='lesson-video-remove' onClick={() => onChange(null)}>
        删除视频
      </BigButton>
    </View>
  );
}

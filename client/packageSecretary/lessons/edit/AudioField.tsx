import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import { chooseFiles, durationOf, uploadFile } from '../../../api/upload';
import { BigButton, StatusText, TextBox } from '../../../ui';

export interface LessonAudio {
  fileID: string;
  /** Length in seconds; null until known (then the secretary types the minutes). */
  seconds: number | null;
}

/**
 * 录音: the secretary uploads a recording (mp3 / m4a / aac, ≤ 20 MB). Its length is read from the file
 * where the platform can; otherwise the secretary says about how many minutes it is, because the
 * server judges "listened to most of it" against that length.
 */
export function AudioField({ value, onChange }: { value: LessonAudio | null; onChange: (v: LessonAudio | null) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [askMinutes, setAskMinutes] = useState(false);
  const [typed, setTyped] = useState('');

  const add = async () => {
    setError(null);
    const [file] = await chooseFiles('audio', 1);
    if (!file) return;
    setBusy(true);
    const seconds = await durationOf(file);
    const answer = await uploadFile('lessonAudio', file);
    setBusy(false);
    if (!answer.ok) return setError(answer.message);
    setAskMinutes(!seconds);
    setTyped('');
    onChange({ fileID: answer.fileID, seconds });
  };

  if (!value) {
    return (
      <View id='lesson-audio'>
        <BigButton kind='secondary' busy={busy} busyText='正在上传录音，请稍候…' onClick={add}>
          上传录音文件
        </BigButton>
        {error && <StatusText tone='error'>{error}</StatusText>}
      </View>
    );
  }
  const minutes = value.seconds ? Math.max(1, Math.round(value.seconds / 60)) : null;
  return (
    <View id='lesson-audio'>
      <StatusText tone='ok'>{minutes ? `录音已上传，约${minutes}分钟。老同志点“朗读”就播放这段录音。` : '录音已上传。请在下面填上录音大约几分钟。'}</StatusText>
      {(askMinutes || !value.seconds) && (
        <View>
          <Text className='lesson-meta'>录音大约几分钟</Text>
          <TextBox
            label='录音大约几分钟'
            type='number'
            value={typed}
            maxlength={3}
            onChange={(v) => {
              setTyped(v);
              const m = Number(v);
              onChange({ ...value, seconds: Number.isInteger(m) && m > 0 ? m * 60 : null });
            }}
          />
        </View>
      )}
      <BigButton kind='secondary' onClick={() => { setAskMinutes(false); onChange(null); }}>
        删除录音
      </BigButton>
    </View>
  );
}

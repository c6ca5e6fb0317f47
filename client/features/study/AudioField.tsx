import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import { chooseFiles, durationOf, uploadFile } from '../../api/upload';
import { useRecording } from '../recording/use-recording';
import { BigButton, StatusText, TextBox } from '../../ui';

export interface LessonAudio {
  fileID: string;
  /** Length in seconds; null until known (then the secretary types the minutes). */
  seconds: number | null;
}

/**
 * 录音 (the lesson editor): the secretary uploads a recording (mp3 / m4a / aac, ≤ 20 MB). Its length is read from the file
 * where the platform can; otherwise the secretary says about how many minutes it is, because the
 * server judges "listened to most of it" against that length.
 */
export function AudioField({ value, onChange }: { value: LessonAudio | null; onChange: (v: LessonAudio | null) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [askMinutes, setAskMinutes] = useState(false);
  const [typed, setTyped] = useState('');
  // 在手机上录音: where the platform can record (weapp; H5 only where the browser records m4a).
  const recording = useRecording();
  const recordingFor = recording.seconds;

  const startRecording = async () => {
    setError(null);
    const problem = await recording.start();
    if (problem) setError(problem);
  };
  const stopRecording = async () => {
    const recorded = await recording.stop();
    if (!recorded) return setError('没有录到声音，请再录一次');
    setBusy(true);
    const answer = await uploadFile('lessonAudio', recorded.file);
    setBusy(false);
    if (!answer.ok) return setError(answer.message);
    setAskMinutes(false);
    onChange({ fileID: answer.fileID, seconds: recorded.seconds });
  };

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

  if (recordingFor !== null) {
    const mm = Math.floor(recordingFor / 60);
    const ss = String(recordingFor % 60).padStart(2, '0');
    return (
      <View id='lesson-audio' style={{ display: 'flex', flexDirection: 'column', gap: '0.6rem' }}>
        <StatusText tone='warn' lead='正在录音'>{`已录 ${mm}分${ss}秒，读完后点“停止录音”`}</StatusText>
        <BigButton id='lesson-record-stop' onClick={() => void stopRecording()}>
          停止录音
        </BigButton>
      </View>
    );
  }

  if (!value) {
    return (
      <View id='lesson-audio' style={{ display: 'flex', flexDirection: 'column', gap: '0.6rem' }}>
        {recording.available && (
          <BigButton kind='secondary' id='lesson-record' busy={busy} busyText='正在上传录音，请稍候…' onClick={() => void startRecording()}>
            在手机上录音
          </BigButton>
        )}
        <BigButton kind='secondary' busy={busy} busyText='正在上传录音，请稍候…' onClick={add}>
          上传录音文件
        </BigButton>
        {error && <StatusText tone='error'>{error}</StatusText>}
      </View>
    );
  }
  const minutes = value.seconds ? Math.max(1, Math.round(value.seconds / 60)) : null;
  return (
    <View id='lesson-audio' style={{ display: 'flex', flexDirection: 'column', gap: '0.6rem' }}>
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

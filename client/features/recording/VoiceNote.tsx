import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { VOICE_MAX_SECONDS } from '@contract/uploads';
import { uploadFile } from '../../api/upload';
import { useRecording } from './use-recording';
import { BigButton, StatusText } from '../../ui';
import { VoicePlayer } from './VoicePlayer';
import './voice-note.scss';

export interface Voice {
  fileId: string;
  seconds: number;
  /** To play it back before sending. */
  previewUrl: string;
}

interface Props {
  value: Voice | null;
  onChange: (v: Voice | null) => void;
  /** Where the recording is kept: a 求助 or a 金点子. */
  purpose: 'careVoice' | 'ideaVoice';
  /** The block's id; its buttons are `<id>-start` and `<id>-stop`. */
  id: string;
  /** The big button's words ("不想打字？点这里说给组织听"). */
  startText: string;
  /** The button that sends it, named in the "录好了" line ("提交求助"). */
  sendText: string;
}

/**
 * For those for whom typing is the hard part. One tap starts, one tap stops; the recording is uploaded at
 * once and can be played back, recorded again or dropped. It stops by itself at the longest the server takes.
 * Hidden where the phone or browser cannot record (the text box is then the way).
 */
export function VoiceNote({ value, onChange, purpose, id, startText, sendText }: Props) {
  const recorder = useRecording();
  const recordingFor = recorder.seconds;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (recordingFor !== null && recordingFor >= VOICE_MAX_SECONDS) void stop();
  });

  if (!recorder.available) return null;
  const start = async () => {
    setError(null);
    const problem = await recorder.start();
    if (problem) setError(problem);
  };
  async function stop() {
    const recording = await recorder.stop();
    if (!recording) return setError('没有录到声音，请再说一遍');
    setBusy(true);
    const answer = await uploadFile(purpose, recording.file);
    setBusy(false);
    if (!answer.ok) return setError(answer.message);
    onChange({ fileId: answer.fileID, seconds: Math.min(VOICE_MAX_SECONDS, recording.seconds), previewUrl: recording.file.previewUrl });
  }

  return (
    <View id={id} className='voice-note'>
      {recordingFor !== null ? (
        <>
          <StatusText tone='warn' lead='正在录音'>{`已说了${recordingFor}秒，说完了点下面的按钮`}</StatusText>
          <BigButton id={`${id}-stop`} onClick={() => void stop()}>说完了</BigButton>
        </>
      ) : value ? (
        <>
          <StatusText tone='ok' lead='录好了'>{`一段${value.seconds}秒的话，点“${sendText}”就送出去`}</StatusText>
          <VoicePlayer url={value.previewUrl} seconds={value.seconds} label='听一听录的话' />
          <BigButton kind='plain' onClick={() => onChange(null)}>不要这段，重新录</BigButton>
        </>
      ) : (
        <BigButton kind='secondary' id={`${id}-start`} busy={busy} busyText='正在上传录音…' onClick={() => void start()}>
          {startText}
        </BigButton>
      )}
      {error && <StatusText tone='error'>{error}</StatusText>}
    </View>
  );
}

import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { VOICE_MAX_SECONDS, type UploadPurpose } from '@contract/uploads';
import { uploadFile } from '../../api/upload';
import { useVoiceCapture } from './use-recording';
import { BigButton, StatusText } from '../../ui';
import { VoicePlayer } from './VoicePlayer';
import './voice-note.scss';

export interface Voice {
  fileId: string;
  seconds: number;
  /** To play it back before sending ("" for a recording kept from before, which is not fetched again). */
  previewUrl: string;
}

interface Props {
  value: Voice | null;
  onChange: (v: Voice | null) => void;
  /** Where the recording is kept: a 求助, a 金点子 (or its rating), 其他情况. */
  purpose: Extract<UploadPurpose, 'careVoice' | 'ideaVoice' | 'memberVoice'>;
  /** The block's id; its buttons are `<id>-start` and `<id>-stop`. */
  id: string;
  /** The big button's words ("不想打字？点这里说给组织听"). */
  startText: string;
  /** The button that sends it, named in the "录好了" line ("提交求助"). */
  sendText: string;
  /** Where the words heard go, where the platform recognises speech: the form's text box, to correct before sending. */
  onText?: (text: string) => void;
  /** That box's label, named in the line that says the words are in it ("具体内容"). */
  textLabel?: string;
}

export { withHeard } from './voice-take';

/**
 * For those for whom typing is the hard part. One tap starts, one tap stops; the recording is uploaded at
 * once and can be played back, recorded again or dropped. Where the platform recognises speech the words
 * also go into the text box, editable (and checked by content safety like typed words); where it cannot,
 * or did not catch them, the recording alone is sent. It stops by itself at the longest take allowed.
 * Hidden where the phone or browser cannot record (the text box is then the way).
 */
export function VoiceNote({ value, onChange, purpose, id, startText, sendText, onText, textLabel = '上面的框' }: Props) {
  const capture = useVoiceCapture();
  const recordingFor = capture.seconds;
  const listens = !!(capture.take?.listens && onText);
  const longest = Math.min(VOICE_MAX_SECONDS, capture.take?.maxSeconds ?? VOICE_MAX_SECONDS);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [heard, setHeard] = useState<'written' | 'missed' | null>(null);
  useEffect(() => {
    if (recordingFor !== null && recordingFor >= longest) void stop();
  });

  if (!capture.available) return null;
  const start = async () => {
    setError(null);
    setHeard(null);
    const problem = await capture.start();
    if (problem) setError(problem);
  };
  async function stop() {
    const { recording, text } = await capture.stop();
    if (!recording) return setError('没有录到声音，请再说一遍');
    setBusy(true);
    const answer = await uploadFile(purpose, recording.file);
    setBusy(false);
    if (!answer.ok) return setError(answer.message);
    onChange({ fileId: answer.fileID, seconds: Math.min(VOICE_MAX_SECONDS, recording.seconds), previewUrl: recording.file.previewUrl });
    if (!listens) return;
    if (text) onText?.(text);
    setHeard(text ? 'written' : 'missed');
  }

  return (
    <View id={id} className='voice-note'>
      {recordingFor !== null ? (
        <>
          <StatusText tone='warn' lead={listens ? '正在听…' : '正在录音'} id={`${id}-live`}>{`已说了${recordingFor}秒，说完了点下面的按钮`}</StatusText>
          <BigButton id={`${id}-stop`} onClick={() => void stop()}>说完了</BigButton>
        </>
      ) : value ? (
        <>
          {value.previewUrl
            ? <StatusText tone='ok' lead='录好了'>{`一段${value.seconds}秒的话，点“${sendText}”就送出去`}</StatusText>
            : <StatusText tone='ok' lead='已经存了'>{`一段${value.seconds}秒的话`}</StatusText>}
          {heard === 'written' && <StatusText tone='info' lead='听到的话' id={`${id}-heard`}>{`已经写进“${textLabel}”里，请看一看，不对的地方可以改`}</StatusText>}
          {heard === 'missed' && <StatusText tone='info' lead='' id={`${id}-heard`}>没听清，录音已保存</StatusText>}
          {value.previewUrl && <VoicePlayer url={value.previewUrl} seconds={value.seconds} label='听一听录的话' />}
          <BigButton kind='plain' onClick={() => { setHeard(null); onChange(null); }}>不要这段，重新录</BigButton>
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

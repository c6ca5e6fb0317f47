import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { BigButton } from './BigButton';
import { StatusText } from './StatusText';
import { speech } from './speech';
import './read-aloud.scss';

interface Props {
  /** The text to read, as plain words. */
  text: string;
  label?: string;
  id?: string;
}

/** "朗读" / "停止朗读". Where the platform cannot read aloud, it says so inline instead of failing silently. */
export function ReadAloudButton({ text, label = '朗读这一段', id }: Props) {
  const [speaking, setSpeaking] = useState(false);
  const [note, setNote] = useState<string>();

  useEffect(() => () => speech.stop(), []);

  const onClick = () => {
    if (speaking) {
      speech.stop();
      setSpeaking(false);
      return;
    }
    if (!speech.available || !speech.speak(text, () => setSpeaking(false))) {
      setNote(speech.unavailableText);
      return;
    }
    setNote(undefined);
    setSpeaking(true);
  };

  return (
    <View className='read-aloud'>
      <BigButton kind='secondary' id={id} onClick={onClick}>
        {speaking ? '停止朗读' : label}
      </BigButton>
      {note && <StatusText tone='info'>{note}</StatusText>}
    </View>
  );
}

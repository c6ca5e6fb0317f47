import { Text, View } from '@tarojs/components';
import { Card, ReadAloudButton } from '../../ui';
import { VoicePlayer } from '../recording/VoicePlayer';
import './care.scss';

/**
 * 其他情况 the member wrote or said on their own 一人一策 (修改资料), on the 服务台账 staff and the branch
 * secretary read: the words with 朗读, the recording with a player. Nothing when they left neither.
 */
export function MemberNote({ note, voice }: { note?: string; voice?: { url: string; seconds: number } }) {
  if (!note && !voice) return null;
  return (
    <Card title='本人说的其他情况' subtitle='老同志自己在“修改资料”里写的或说的'>
      <View id='care-member-note'>
        {note && <Text className='care-note'>{note}</Text>}
        {note && <ReadAloudButton text={note} label='朗读这段话' />}
        {voice && <VoicePlayer url={voice.url} seconds={voice.seconds} label='听老同志说的' />}
      </View>
    </Card>
  );
}

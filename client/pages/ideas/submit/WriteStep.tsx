import { View, Text } from '@tarojs/components';
import { charCount } from '@contract/graphemes';
import { IDEA_CONTENT_CHARS, IDEA_PLACE_MAX_CHARS, IDEA_TITLE_CHARS } from '@contract/ideas-words';
import { BigButton, FormField, TextBox } from '../../../ui';
import { PhotoPicker, type PickedPhoto } from '../../../ui/PhotoPicker';
import { VoiceNote, withHeard, type Voice } from '../../../features/recording/VoiceNote';

export interface Written {
  title: string;
  content: string;
  place: string;
  photos: PickedPhoto[];
  voice: Voice | null;
}

interface Props {
  value: Written;
  set: <K extends keyof Written>(key: K) => (v: Written[K]) => void;
  /** Problems to show by field (the phone's own check, then the server's). */
  fields: Record<string, string | undefined>;
  onNext: () => void;
  onBack: () => void;
}

/**
 * Step 2 of 提金点子: say it or write it. A recording alone is enough (staff listen to it); typed, the title
 * and the text need their lengths. Photos are seen only by staff (and the author) until staff publish the
 * outcome on the board.
 */
export function WriteStep({ value, set, fields, onNext, onBack }: Props) {
  const spoken = !!value.voice;
  return (
    <View>
      <VoiceNote value={value.voice} onChange={set('voice')} purpose='ideaVoice' id='idea-voice' startText='不想打字？点这里说出您的建议' sendText='提交'
        textLabel='具体内容' onText={(heard) => set('content')(withHeard(value.content, heard, IDEA_CONTENT_CHARS.max))} />
      {spoken && <Text className='idea-meta' id='idea-voice-enough'>录好就可以提交了，下面的字可以不写。</Text>}
      <FormField label='标题' optional={spoken} hint={`一句话说清楚，${IDEA_TITLE_CHARS.min}到${IDEA_TITLE_CHARS.max}个字`} error={fields.title}>
        <TextBox label='标题' value={value.title} onChange={set('title')} maxlength={IDEA_TITLE_CHARS.max} />
        <Text className='idea-count'>已写{charCount(value.title.trim())}个字</Text>
      </FormField>
      <FormField label='具体内容' optional={spoken} hint={`在哪里、有什么问题、您建议怎么做（${IDEA_CONTENT_CHARS.min}到${IDEA_CONTENT_CHARS.max}个字）`} error={fields.content}>
        <TextBox label='具体内容' value={value.content} onChange={set('content')} multiline maxlength={IDEA_CONTENT_CHARS.max} />
        <Text className='idea-count'>已写{charCount(value.content.trim())}个字</Text>
      </FormField>
      <FormField label='地点' optional hint='例如：滨河路县医院段' error={fields.place}>
        <TextBox label='地点' value={value.place} onChange={set('place')} maxlength={IDEA_PLACE_MAX_CHARS} />
      </FormField>
      <FormField label='照片' optional hint='拍下问题的样子，最多3张。只有工作人员能看到' error={fields.photos}>
        <PhotoPicker id='idea-photos' purpose='idea' value={value.photos} onChange={set('photos')} max={3} />
      </FormField>
      <View className='idea-actions'>
        <BigButton id='idea-next-2' onClick={onNext}>
          下一步
        </BigButton>
        <BigButton kind='secondary' onClick={onBack}>
          上一步：改类别
        </BigButton>
      </View>
    </View>
  );
}

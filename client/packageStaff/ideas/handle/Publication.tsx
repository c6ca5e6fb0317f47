import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import { IDEA_OUTCOME_LABELS } from '@contract/ideas-words';
import { BigButton, Fold, FormField, OptionGroup, StatusText, TextBox } from '../../../ui';
import { PhotoPicker, type PickedPhoto } from '../../../ui/PhotoPicker';
import { useIdeaMove } from '../../../features/ideas/use-idea-staff';
import type { StepProps } from './types';

/** After the answer: what the author made of it, and putting the outcome on the 您建议，我提升 board. */
export function Publication({ idea, changed }: StepProps) {
  const publish = useIdeaMove('ideas.publish');
  const [suggestion, setSuggestion] = useState(idea.title);
  const [doneText, setDoneText] = useState('');
  // 照片 on the board: the author's photos as 整改前 (only if staff choose), and 整改后 photos staff add.
  const [showBefore, setShowBefore] = useState<'yes' | 'no'>('no');
  const [after, setAfter] = useState<PickedPhoto[]>([]);
  return (
    <View>
      {/* The answer folded (its summary says which outcome and how long), like the idea's own words above. */}
      {idea.answer && (
        <Fold id='handle-answered' title='已答复' summary={`${idea.outcome ? IDEA_OUTCOME_LABELS[idea.outcome] : ''}，${[...idea.answer].length}字`}>
          <View className='answer-box'>
            <Text className='idea-text'>{idea.answer}</Text>
          </View>
        </Fold>
      )}
      <Text className='idea-section'>{idea.published ? '已在成果栏公示（可修改）' : '在“您建议，我提升”成果栏公示'}</Text>
      <FormField label='建议内容摘要' error={publish.fields?.suggestion}>
        <TextBox label='建议内容摘要' value={suggestion} onChange={setSuggestion} multiline maxlength={100} />
      </FormField>
      <FormField label='落实情况' error={publish.fields?.done}>
        <TextBox label='落实情况' value={doneText} onChange={setDoneText} multiline maxlength={300} />
      </FormField>
      {idea.photos.length > 0 && (
        <FormField label='提出人的照片' hint='公示出来，作为“整改前”的样子' error={publish.fields?.beforePhotos}>
          <OptionGroup<'yes' | 'no'> label='提出人的照片' options={[{ value: 'no', label: '不公示' }, { value: 'yes', label: '公示' }]} value={showBefore} onChange={setShowBefore} columns={2} />
        </FormField>
      )}
      <FormField label='整改后的照片' optional error={publish.fields?.afterPhotos}>
        <PhotoPicker id='publish-after-photos' purpose='idea' label='整改后照片' value={after} onChange={setAfter} max={3} />
      </FormField>
      {publish.error && <StatusText tone='error'>{publish.error}</StatusText>}
      <BigButton
        id='handle-publish'
        kind='secondary'
        busy={publish.busy}
        onClick={async () =>
          changed(
            await publish.run({
              ideaId: idea.id,
              suggestion,
              done: doneText,
              ...(showBefore === 'yes' && idea.photos.length ? { beforePhotos: idea.photos } : {}),
              ...(after.length ? { afterPhotos: after.map((p) => p.fileID) } : {}),
            }),
            '已公示',
          )
        }
      >
        公示
      </BigButton>
    </View>
  );
}

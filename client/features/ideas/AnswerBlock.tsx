import { View, Text } from '@tarojs/components';
import { IDEA_OUTCOME_LABELS } from '@contract/ideas-words';
import type { IdeaOutcome } from '@contract/ideas-model';
import { ReadAloudButton } from '../../ui';
import './ideas.scss';

interface Props {
  title: string;
  answer: string;
  outcome?: IdeaOutcome;
  /** Element ids: the member's page keeps its own; the staff preview uses others. */
  id?: string;
  readAloudId?: string;
}

/**
 * The answer as the author reads it on 我的金点子: heading with the outcome, the text, and the button that
 * reads it aloud. The staff handling page shows this same block as the preview before 办结, so what
 * staff check is exactly what the member will read.
 */
export function AnswerBlock({ title, answer, outcome, id = 'idea-answer', readAloudId = 'idea-answer-read-aloud' }: Props) {
  return (
    <View id={id}>
      <Text className='idea-section'>答复{outcome ? `（${IDEA_OUTCOME_LABELS[outcome]}）` : ''}</Text>
      <View className='answer-box'>
        <Text className='idea-text'>{answer}</Text>
      </View>
      <ReadAloudButton id={readAloudId} label='朗读答复' text={`对您的建议“${title}”的答复：${answer}`} />
    </View>
  );
}

import { View, Text } from '@tarojs/components';
import { IDEA_STATE_LABELS } from '@contract/ideas-words';
import type { TimelineStep } from '@contract/ideas-model';
import { shortDateTime } from './format';
import './ideas.scss';

/** Every step of an idea, oldest first, each in plain words with its date. */
export function Timeline({ steps }: { steps: TimelineStep[] }) {
  return (
    <View className='timeline' role='list' aria-label='办理过程'>
      {steps.map((s, i) => (
        <View key={`${s.at}-${i}`} className={`timeline-step ${i === steps.length - 1 ? 'timeline-step--last' : ''}`} role='listitem'>
          <View className='timeline-dot' />
          <Text className='timeline-when'>{shortDateTime(s.at)}</Text>
          <Text className='timeline-label'>{IDEA_STATE_LABELS[s.state]}</Text>
          <Text className='timeline-text'>{s.text}</Text>
        </View>
      ))}
    </View>
  );
}

import { View, Text } from '@tarojs/components';
import { Card } from './Card';
import './coming-soon.scss';

interface Props {
  /** What this part is for, in one sentence. */
  intro: string;
  /** What will appear here, one plain line each. */
  items: readonly string[];
  title?: string;
}

/** An honest "即将开通" card: says what will come, offers no fake buttons. */
export function ComingSoon({ intro, items, title = '即将开通' }: Props) {
  return (
    <Card title={title} tone='quiet'>
      <Text className='soon-intro'>{intro}</Text>
      <View className='soon-list'>
        <Text className='soon-list-head'>开通后，这里可以：</Text>
        {items.map((item) => (
          <View key={item} className='soon-item'>
            <Text className='soon-dot'>·</Text>
            <Text className='soon-text'>{item}</Text>
          </View>
        ))}
      </View>
    </Card>
  );
}

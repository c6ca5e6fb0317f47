import { View, Text } from '@tarojs/components';
import type { DeliveryTaskView } from '@contract/lesson-model';
import { CallButton } from '../../ui';

/**
 * Where the visitor goes and whom to ring, from the member's 一人一策 — shown on the open task only.
 * Without an address on file the visitor is told to ask first, by phone.
 */
export function DeliveryHome({ task }: { task: DeliveryTaskView }) {
  const home = task.home;
  if (!home) return null;
  const { contact } = home;
  return (
    <View className='srow-home' id={`delivery-home-${task.id}`}>
      {home.address ? (
        <Text className='srow-address'>{`住址：${home.address}${home.landmark ? `（${home.landmark}）` : ''}`}</Text>
      ) : (
        <Text className='srow-meta'>资料里没有住址，上门前请先打电话问清楚。</Text>
      )}
      {home.phone && <CallButton phone={home.phone} who={task.memberName} id={`delivery-call-${task.id}`} />}
      <CallButton phone={contact.phone} who={`${contact.relation}${contact.name}`} id={`delivery-call-contact-${task.id}`} />
    </View>
  );
}

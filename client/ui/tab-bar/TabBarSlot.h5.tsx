import { View } from '@tarojs/components';
import type { TabKey } from '../../features/navigation/routes';
import { TabBar } from './TabBar';

/** H5: the same tab bar, fixed to the bottom of the page. */
export function TabBarSlot({ current }: { current?: TabKey }) {
  return (
    <View style={{ position: 'fixed', left: 0, right: 0, bottom: 0, zIndex: 100 }}>
      <TabBar current={current} />
    </View>
  );
}

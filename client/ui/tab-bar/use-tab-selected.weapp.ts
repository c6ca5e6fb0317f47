import Taro, { useDidShow } from '@tarojs/taro';
import { useMemo } from 'react';
import type { TabKey } from '../../features/navigation/routes';

interface CustomTabBar {
  setSelected(key: TabKey): void;
}

/** weapp: each tab page tells its custom-tab-bar instance which tab it is (WeChat's documented pattern). */
export function useTabSelected(key: TabKey): void {
  const page = useMemo(() => Taro.getCurrentInstance().page, []);
  useDidShow(() => {
    Taro.getTabBar<CustomTabBar>(page)?.setSelected(key);
  });
}

import type { TabKey } from '../../features/navigation/routes';

/**
 * weapp: the tab bar is WeChat's custom-tab-bar (client/custom-tab-bar), so pages render nothing here.
 * H5 renders the bar inside the page (TabBarSlot.h5.tsx): Taro H5 does not support custom tab bars.
 */
export function TabBarSlot(_props: { current?: TabKey }) {
  return null;
}

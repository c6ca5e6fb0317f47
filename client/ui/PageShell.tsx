import { View, Text } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { TabKey } from '../features/navigation/routes';
import { goBack } from '../features/navigation/navigate';
import { DeskFrame } from '../features/desk/DeskFrame';
import { RootFont } from './font-scale/RootFont';
import { TabBarSlot } from './tab-bar/TabBarSlot';
import { useTabSelected } from './tab-bar/use-tab-selected';
import './page-shell.scss';

interface Props {
  title: string;
  /** Show a large "‹ 返回" at the top (every page that is not a tab or the first step). */
  back?: boolean;
  /** Tab pages name their tab: it is highlighted and the page leaves room for the bar. */
  tab?: TabKey;
  children: ReactNode;
}

/**
 * Every page's frame: root font size, a big back link, the page title as a heading, the content, and
 * on tab pages the tab bar; at a signed-in desk (电脑上办公), inside the desk's frame. Pages set `enablePageMeta: true` in their config (weapp root font size).
 */
export function PageShell({ title, back, tab, children }: Props) {
  return (
    <DeskFrame title={title}>
    <View className={`shell ${tab ? 'shell--tab' : ''}`}>
      <RootFont title={title} />
      {tab && <TabSync tab={tab} />}
      <View role='main'>
      {back && (
        <View className='shell-back' hoverClass='shell-back--pressed' role='link' onClick={goBack}>
          <View className='shell-back-arrow' />
          <Text>返回</Text>
        </View>
      )}
      <View className='shell-title' role='heading' aria-level='1'>
        <Text>{title}</Text>
      </View>
      <View className='shell-body'>{children}</View>
      </View>
      {tab && <TabBarSlot current={tab} />}
    </View>
    </DeskFrame>
  );
}

function TabSync({ tab }: { tab: TabKey }) {
  useTabSelected(tab);
  return null;
}

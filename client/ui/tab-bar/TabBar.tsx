import { View, Text } from '@tarojs/components';
import { TABS, type TabKey } from '../../features/navigation/routes';
import { openTab } from '../../features/navigation/navigate';
import { useUnread } from '../../features/messages/unread';
import './tab-bar.scss';

interface Props {
  current?: TabKey;
}

/**
 * Text tab bar with large labels (WeChat's native bar draws 10–12px text, too small for our readers).
 * 我的 carries the unread 消息 count. The current tab is marked three ways: filled background, bold text and a bar on top — not colour alone.
 * Sizes are px on purpose: on weapp this renders inside custom-tab-bar, outside the page's rem root.
 */
export function TabBar({ current }: Props) {
  const unread = useUnread();
  return (
    <View className='tabbar' role='navigation' aria-label='主菜单'>
      {TABS.map((tab) => {
        const on = tab.key === current;
        return (
          <View
            key={tab.key}
            className={`tabbar-item ${on ? 'tabbar-item--on' : ''}`}
            role='link'
            aria-current={on ? 'page' : undefined}
            onClick={() => {
              if (!on) openTab(tab.url);
            }}
          >
            <Text className='tabbar-label'>{tab.label}</Text>
            {tab.key === 'mine' && unread > 0 && (
              <Text className='tabbar-badge' id='tab-unread' aria-label={`${unread}条未读消息`}>
                {unread > 99 ? '99+' : unread}
              </Text>
            )}
          </View>
        );
      })}
    </View>
  );
}

import { View, Text } from '@tarojs/components';
import { TABS, type TabKey } from '../../features/navigation/routes';
import { openTab } from '../../features/navigation/navigate';
import { useUnread } from '../../features/messages/unread';
import { useFontScale, type FontScale } from '../font-scale/store';
import './tab-bar.scss';

interface Props {
  current?: TabKey;
}

/**
 * The tabs at each type size. Five 30px labels need about 330px, more than a 320px phone has, so at 特大
 * the bar keeps four: 志愿 is left out, because 首页's 志愿服务 card opens it with one tap.
 */
const tabsFor = (scale: FontScale) => (scale === 'xlarge' ? TABS.filter((t) => t.key !== 'volunteer') : TABS);

/**
 * Text tab bar with large labels (WeChat's native bar draws 10–12px text, too small for our readers), growing
 * with the reader's type size: 20px at 标准, 24px at 大, 30px at 特大 (four tabs, the unread count above 我的).
 * 我的 carries the unread 消息 count. The current tab is marked three ways: filled background, bold text and a bar on top — not colour alone.
 * Sizes are px on purpose: on weapp this renders inside custom-tab-bar, outside the page's rem root.
 */
export function TabBar({ current }: Props) {
  const unread = useUnread();
  const scale = useFontScale();
  return (
    <View className={`tabbar tabbar--${scale}`} role='navigation' aria-label='主菜单'>
      {tabsFor(scale).map((tab) => {
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

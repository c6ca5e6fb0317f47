import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import { Text, View } from '@tarojs/components';
import { callApi } from '../../api/call-api';
import { Card, LoadState, StatusText } from '../../ui';
import { openPage, openTab } from '../navigation/navigate';
import { useLoad } from '../../api/use-load';
import { todayItems } from './today-items';

/**
 * 首页's "我的事": the member's own coming sign-ups, answers, new lessons and unread 消息, from one
 * call (members.today), loaded again whenever 首页 shows. Nothing of their own: one calm line.
 */
export function TodayCards() {
  const { state, reload } = useLoad(() => callApi('members.today', {}), 'today');
  // The first show is the mount's load; every later show (back to 首页) reads again.
  const shownOnce = useRef(false);
  useDidShow(() => {
    if (shownOnce.current) void reload();
    shownOnce.current = true;
  });
  const items = state.data ? todayItems(state.data, new Date()) : [];
  return (
    <View className='home-today' id='home-today'>
      <Text className='home-section'>我的事</Text>
      {!state.data && <LoadState state={state} onRetry={() => void reload()} />}
      {state.data && items.length === 0 && (
        <StatusText lead='' id='home-today-empty'>
          最近没有要办的事。想学习、提建议或参加活动，点下面的卡片。
        </StatusText>
      )}
      {items.map((item) => (
        <Card
          key={item.key}
          id={`home-today-${item.key}`}
          title={item.title}
          subtitle={item.subtitle}
          tone='quiet'
          onClick={() => (item.tab ? openTab(item.url) : openPage(item.url))}
        />
      ))}
    </View>
  );
}

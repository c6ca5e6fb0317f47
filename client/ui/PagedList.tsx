import { View, Text } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { PagedState } from '../api/use-paged';
import { BigButton } from './BigButton';
import { StatusText } from './StatusText';
import './paged-list.scss';

interface Props<T> {
  state: PagedState<T>;
  renderItem: (item: T) => ReactNode;
  keyOf: (item: T) => string;
  onRetry: () => void;
  onMore: () => void;
  /** What an empty list means, in plain words ("没有找到符合条件的老同志"). */
  emptyText: string;
  loadingText?: string;
}

/** A list a page at a time, with loading, empty and error states in plain words and a retry button. */
export function PagedList<T>({ state, renderItem, keyOf, onRetry, onMore, emptyText, loadingText = '正在加载，请稍候…' }: Props<T>) {
  if (state.status === 'loading') {
    return (
      <View className='plist-state' role='status'>
        <Text>{loadingText}</Text>
      </View>
    );
  }
  if (state.status === 'error') {
    return (
      <View className='plist-state'>
        <StatusText tone='error'>{state.error ?? '没有加载出来'}</StatusText>
        <BigButton kind='secondary' onClick={onRetry}>
          再试一次
        </BigButton>
      </View>
    );
  }
  if (state.items.length === 0) {
    return (
      <View className='plist-state plist-empty' role='status'>
        <Text>{emptyText}</Text>
      </View>
    );
  }
  return (
    <View className='plist'>
      {state.items.map((item) => (
        <View key={keyOf(item)} className='plist-item'>
          {renderItem(item)}
        </View>
      ))}
      {state.error && <StatusText tone='error'>{state.error}</StatusText>}
      {state.hasMore ? (
        <BigButton kind='secondary' busy={state.loadingMore} busyText='正在加载…' onClick={onMore}>
          {state.error ? '再试一次：加载更多' : '加载更多'}
        </BigButton>
      ) : (
        <View className='plist-end'>
          <Text>已经全部显示了</Text>
        </View>
      )}
    </View>
  );
}

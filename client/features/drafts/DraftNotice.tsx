import { View } from '@tarojs/components';
import { BigButton, StatusText } from '../../ui';
import type { DraftState } from './use-draft';
import './drafts.scss';

/** "已为您保留上次没写完的内容", inline at the top of a restored form, with a way to start over. */
export function DraftNotice({ draft, id = 'draft-notice' }: { draft: DraftState; id?: string }) {
  if (!draft.restored) return null;
  return (
    <View className='draft-notice' id={id}>
      <StatusText tone='info'>已为您保留上次没写完的内容，接着写就行。</StatusText>
      <BigButton kind='plain' inline id={`${id}-clear`} onClick={draft.clear}>
        清空重写
      </BigButton>
    </View>
  );
}

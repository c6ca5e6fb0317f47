import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { FamilyLink } from './use-family';
import './family.scss';

/** One helper link in a list: who, for whom, how it stands, and the buttons the page gives it. */
export function LinkRow({ link, title, children }: { link: FamilyLink; title: string; children?: ReactNode }) {
  return (
    <View className='family-row' id={`family-link-${link.id}`}>
      <Text className='family-row-title'>{title}</Text>
      <Text className='family-row-text'>{[link.statusLabel, link.consentText].filter(Boolean).join('；')}</Text>
      {children}
    </View>
  );
}

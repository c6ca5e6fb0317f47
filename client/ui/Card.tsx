import { View, Text } from '@tarojs/components';
import type { ReactNode } from 'react';
import './card.scss';
import { idProp } from './id-prop';

interface Props {
  title?: string;
  /** A short line under the title. */
  subtitle?: string;
  children?: ReactNode;
  /** Tappable cards (entries on 首页) show a "›" and open something. */
  onClick?: () => void;
  tone?: 'plain' | 'accent' | 'quiet';
  id?: string;
}

export function Card({ title, subtitle, children, onClick, tone = 'plain', id }: Props) {
  const tappable = !!onClick;
  return (
    <View
      {...idProp(id)}
      className={`card card--${tone} ${tappable ? 'card--tap' : ''}`}
      hoverClass={tappable ? 'card--pressed' : 'none'}
      role={tappable ? 'link' : undefined}
      onClick={onClick}
    >
      {(title || tappable) && (
        <View className='card-head'>
          <View className='card-head-text'>
            {title && <Text className='card-title'>{title}</Text>}
            {subtitle && <Text className='card-subtitle'>{subtitle}</Text>}
          </View>
          {tappable && <Text className='card-arrow'>›</Text>}
        </View>
      )}
      {children && <View className='card-body'>{children}</View>}
    </View>
  );
}

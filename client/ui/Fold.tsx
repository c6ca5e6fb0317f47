import { View, Text } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import { idProp } from './id-prop';
import './fold.scss';

interface Props {
  title: string;
  /** What is inside, in a few words ("共6步，最近：已答复"), so a closed fold still tells its story. */
  summary?: string;
  children: ReactNode;
  open?: boolean;
  id?: string;
}

/**
 * A section that opens on a tap: the whole heading is one big button with 展开 / 收起 written on it (not an
 * arrow alone), its state spoken (aria-expanded). Long pages keep what the reader came for on the first
 * screen and the rest one tap away; at 特大 that is the difference between one screen and seven.
 */
export function Fold({ title, summary, children, open = false, id }: Props) {
  const [shown, setShown] = useState(open);
  return (
    <View {...idProp(id)} className='fold'>
      <View
        className={`fold-head ${shown ? 'fold-head--open' : ''}`}
        role='button'
        aria-expanded={shown}
        hoverClass='fold-head--pressed'
        onClick={() => setShown((s) => !s)}
      >
        {/* The summary gets the head's whole width: beside the toggle it wrapped into three or four lines at 特大. */}
        <View className='fold-top'>
          <Text className='fold-title'>{title}</Text>
          <Text className='fold-toggle'>{shown ? '收起' : '展开'}</Text>
        </View>
        {summary && <Text className='fold-summary'>{summary}</Text>}
      </View>
      {shown && <View className='fold-body'>{children}</View>}
    </View>
  );
}

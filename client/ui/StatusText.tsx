import { View, Text } from '@tarojs/components';
import './status-text.scss';
import { idProp } from './id-prop';

export type StatusTone = 'info' | 'ok' | 'error' | 'warn';

const PREFIX: Record<StatusTone, string> = {
  info: '提示',
  ok: '好了',
  error: '没有成功',
  warn: '请注意',
};

interface Props {
  tone?: StatusTone;
  children: string;
  /** Replace the default lead word ("提示", "没有成功" …). Empty string hides it. */
  lead?: string;
  id?: string;
}

/**
 * A status in plain words, inline on the page (no toasts or pop-ups). The lead word says what kind of
 * message it is, so meaning never rests on colour alone.
 */
export function StatusText({ tone = 'info', children, lead, id }: Props) {
  const word = lead ?? PREFIX[tone];
  return (
    <View {...idProp(id)} className={`status status--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {word && <Text className='status-lead'>{word}：</Text>}
      <Text>{children}</Text>
    </View>
  );
}

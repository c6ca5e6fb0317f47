import { View, Text } from '@tarojs/components';
import './big-button.scss';
import { idProp } from './id-prop';

export type ButtonKind = 'primary' | 'secondary' | 'danger' | 'plain';

interface Props {
  children: string;
  onClick?: () => void;
  kind?: ButtonKind;
  disabled?: boolean;
  /** While true the button is disabled and shows `busyText`. */
  busy?: boolean;
  busyText?: string;
  /** Shrink to its text instead of filling the row (secondary actions inside cards). */
  inline?: boolean;
  id?: string;
}

/**
 * The one button of the app. Primary buttons are ≥ 60px tall; the others ≥ 48px. A busy or disabled
 * button ignores taps, which (with the reused requestId) makes double taps harmless.
 */
export function BigButton({ children, onClick, kind = 'primary', disabled, busy, busyText = '正在提交，请稍候…', inline, id }: Props) {
  const off = disabled || busy;
  const cls = ['bigbtn', `bigbtn--${kind}`, off ? 'bigbtn--off' : '', inline ? 'bigbtn--inline' : ''].join(' ');
  return (
    <View
      {...idProp(id)}
      className={cls}
      hoverClass={off ? 'none' : 'bigbtn--pressed'}
      role='button'
      aria-disabled={off ? 'true' : 'false'}
      aria-busy={busy ? 'true' : 'false'}
      onClick={() => {
        if (!off && onClick) onClick();
      }}
    >
      <Text className='bigbtn-text'>{busy ? busyText : children}</Text>
    </View>
  );
}

import { View, Text } from '@tarojs/components';
import './option-group.scss';
import { idProp } from './id-prop';

export interface Option<T> {
  value: T;
  label: string;
}

interface Props<T> {
  options: readonly Option<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  /** Two per row for short labels (是/否); one per row otherwise. */
  columns?: 1 | 2;
  label?: string;
  id?: string;
}

/**
 * Big radio buttons instead of small pickers: every choice is visible, tap once to pick. The chosen one
 * has a filled dot, a thicker border and bold text, so it is clear without colour.
 */
export function OptionGroup<T extends string | boolean>({ options, value, onChange, columns = 1, label, id }: Props<T>) {
  return (
    <View {...idProp(id)} className={`options options--${columns}`} role='radiogroup' aria-label={label}>
      {options.map((opt) => {
        const on = opt.value === value;
        return (
          <View
            key={String(opt.value)}
            className={`option ${on ? 'option--on' : ''}`}
            hoverClass='option--pressed'
            role='radio'
            aria-checked={on ? 'true' : 'false'}
            onClick={() => onChange(opt.value)}
          >
            <Text className='option-mark'>{on ? '●' : '○'}</Text>
            <Text className='option-label'>{opt.label}</Text>
          </View>
        );
      })}
    </View>
  );
}

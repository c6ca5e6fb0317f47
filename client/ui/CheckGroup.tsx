import { View, Text } from '@tarojs/components';
import './option-group.scss';
import { idProp } from './id-prop';
import type { Option } from './OptionGroup';

interface Props<T> {
  options: readonly Option<T>[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  columns?: 1 | 2;
  label?: string;
  id?: string;
}

/** OptionGroup's big buttons for choosing several: tap to put a tick on or take it off (☑ / ☐, not colour alone). */
export function CheckGroup<T extends string | number>({ options, value, onChange, columns = 2, label, id }: Props<T>) {
  return (
    <View {...idProp(id)} className={`options options--${columns}`} role='group' aria-label={label}>
      {options.map((opt) => {
        const on = value.includes(opt.value);
        return (
          <View
            key={String(opt.value)}
            className={`option ${on ? 'option--on' : ''}`}
            hoverClass='option--pressed'
            role='checkbox'
            aria-checked={on ? 'true' : 'false'}
            onClick={() => onChange(on ? value.filter((v) => v !== opt.value) : [...value, opt.value])}
          >
            <Text className='option-mark'>{on ? '☑' : '☐'}</Text>
            <Text className='option-label'>{opt.label}</Text>
          </View>
        );
      })}
    </View>
  );
}

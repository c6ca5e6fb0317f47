import { Picker, Text, View } from '@tarojs/components';
import { OptionGroup } from './OptionGroup';
import { commonChoices, type CommonChoices } from './common-choices';
import './picker-button.scss';

interface Props {
  mode: 'date' | 'time';
  /** "2026-11-30" or "09:00", as Taro's picker reads and writes them. */
  value: string;
  onChange: (value: string) => void;
  /** What is being chosen ("活动日期"); spoken together with the value shown. */
  label: string;
  common?: CommonChoices;
}

const other = (mode: Props['mode']) => (mode === 'date' ? '其他日期' : '其他时间');

/**
 * A date or time: the common choices as big buttons (今天 / 明天 …, 上午 9:00 …), one tap each, and the
 * system's own wheel behind a big bordered box for anything else. The wheel's rows are a fixed 34px in
 * Taro's H5 picker, so it cannot grow with 字的大小 the way the buttons do. The box's spoken name carries
 * the value too (axe label-content-name-mismatch): a screen reader says "活动日期 2026-11-30".
 */
export function PickerButton({ mode, value, onChange, label, common }: Props) {
  return (
    <View className='picker-field'>
      {common && (
        <OptionGroup label={`${label}，常用`} options={commonChoices(common, new Date())} value={value} onChange={onChange} columns={common === 'usual-times' ? 1 : 2} />
      )}
      <Picker mode={mode} value={value} onChange={(e) => onChange(String(e.detail.value))}>
        <View className='picker-button' role='button' aria-label={`${label} ${value}${common ? ` ${other(mode)}` : ''}`}>
          <Text className='picker-value'>{value}</Text>
          {common && <Text className='picker-more'>{other(mode)}</Text>}
        </View>
      </Picker>
    </View>
  );
}

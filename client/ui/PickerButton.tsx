import { Picker, Text, View } from '@tarojs/components';
import './picker-button.scss';

interface Props {
  mode: 'date' | 'time';
  /** "2026-11-30" or "09:00", as Taro's picker reads and writes them. */
  value: string;
  onChange: (value: string) => void;
  /** What is being chosen ("活动日期"); spoken together with the value shown. */
  label: string;
}

/**
 * A date or time chosen with the system's own wheel, behind a big bordered box that shows the current
 * value. Its spoken name carries the value too (axe label-content-name-mismatch), so a screen reader
 * says "活动日期 2026-11-30", not only "活动日期".
 */
export function PickerButton({ mode, value, onChange, label }: Props) {
  return (
    <Picker mode={mode} value={value} onChange={(e) => onChange(String(e.detail.value))}>
      <View className='picker-button' role='button' aria-label={`${label} ${value}`}>
        <Text>{value}</Text>
      </View>
    </Picker>
  );
}

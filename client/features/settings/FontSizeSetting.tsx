import { Text, View } from '@tarojs/components';
import { OptionGroup } from '../../ui';
import { FONT_SCALES, FONT_SCALE_LABELS, setFontScale, useFontScale } from '../../ui/font-scale/store';
import { fontSizeHint } from './font-size-hint';

const OPTIONS = FONT_SCALES.map((v) => ({ value: v, label: FONT_SCALE_LABELS[v] }));

/** 标准 / 大 / 特大: the whole app's type follows at once, so the reader sees the effect right here. */
export function FontSizeSetting() {
  const scale = useFontScale();
  return (
    <View>
      <OptionGroup label='字的大小' options={OPTIONS} value={scale} onChange={setFontScale} />
      <Text style={{ display: 'block', marginTop: '0.4rem' }}>{fontSizeHint(scale)}</Text>
    </View>
  );
}

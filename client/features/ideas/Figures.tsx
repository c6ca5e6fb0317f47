import { View, Text } from '@tarojs/components';
import type { CountyFigures } from '@contract/ideas-model';
import './ideas.scss';

/** The county's figures for the year, as the bureau reports them ("16条金点子，解决问题12个"). */
export function Figures({ figures }: { figures: CountyFigures }) {
  const rate = (v: number | null) => (v === null ? '—' : `${v}%`);
  const cells: Array<[string, string]> = [
    ['收到金点子', `${figures.received}条`],
    ['已受理', `${figures.accepted}条`],
    ['已办结', `${figures.resolved}条`],
    ['解决问题', `${figures.solved}个`],
    ['采纳率', rate(figures.adoptionRate)],
    ['满意率', rate(figures.satisfactionRate)],
  ];
  return (
    <View id='idea-figures'>
      <Text className='idea-meta'>
        {figures.year}年，全县共收到金点子{figures.received}条，解决问题{figures.solved}个。
      </Text>
      <View className='figures'>
        {cells.map(([label, value]) => (
          <View key={label} className='figure'>
            <View className='figure-box'>
              <Text className='figure-value'>{value}</Text>
              <Text className='figure-label'>{label}</Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}

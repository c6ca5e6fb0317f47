import { Text, View } from '@tarojs/components';
import type { CareFigures } from '@contract/care-model';
import { yuanText } from '@contract/care-words';

/** The year's figures opened up: visits by occasion, and (staff, county-wide) each branch's row. */
export function FiguresDetail({ f }: { f: CareFigures }) {
  return (
    <View id='care-figures-detail'>
      {f.byOccasion.length > 0 && (
        <View className='care-rows' id='care-by-occasion'>
          {f.byOccasion.map((o) => (
            <View key={o.occasion} className='care-row'>
              <Text className='care-row-label'>{o.label}</Text>
              <Text className='care-row-value'>{`${o.visits}次`}</Text>
            </View>
          ))}
        </View>
      )}
      {f.byBranch && f.byBranch.length > 0 && (
        <View id='care-by-branch'>
          <Text className='care-section'>各支部</Text>
          {f.byBranch.map((b) => (
            <View key={b.branchId} className='care-branch-row'>
              <Text className='care-row-label'>{b.branchName}</Text>
              <Text className='care-note'>{`走访${b.visitsDone}次${b.peopleVisited}人，解决问题${b.problemsSolved}个${b.paidFen ? `，慰问金${yuanText(b.paidFen)}` : ''}`}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

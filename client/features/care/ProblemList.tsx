import { Text, View } from '@tarojs/components';
import type { ProblemView } from '@contract/care-model';
import { monthDay } from '../ideas/format';
import { VoicePlayer } from '../recording/VoicePlayer';
import './care.scss';

/** Problems with how far each has got, in words: 已收到 → 正在办 → 已解决, with who did what last. */
export function ProblemList({ problems, empty, children }: { problems: ProblemView[]; empty: string; children?: (p: ProblemView) => JSX.Element | null }) {
  if (problems.length === 0) return <Text className='care-note'>{empty}</Text>;
  return (
    <View className='care-problems'>
      {problems.map((p) => {
        const last = p.steps[p.steps.length - 1];
        return (
          <View key={p.id} className={`care-problem care-problem--${p.state}`} id={`care-problem-${p.id}`}>
            <Text className='care-problem-state'>{p.stateLabel}</Text>
            <Text className='care-problem-text'>{p.text}</Text>
            {p.voice && <VoicePlayer url={p.voice.url} seconds={p.voice.seconds} />}
            <Text className='care-note'>{`${p.memberName} · ${p.source === 'member' ? '本人求助' : '走访时反映'} · ${monthDay(new Date(Date.parse(p.createdAt) + 8 * 3600_000).toISOString().slice(0, 10))}`}</Text>
            {last?.note && <Text className='care-note'>{`${last.byName}：${last.note}`}</Text>}
            {children?.(p)}
          </View>
        );
      })}
    </View>
  );
}

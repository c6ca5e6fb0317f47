import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { StudyStatsView } from '@contract/session-model';
import { Card, OptionGroup, PageShell, LoadFailed } from '../../ui';
import { callApi } from '../../api/call-api';
import { useLoad } from '../../api/use-load';
import './sessions.scss';

const monthOf = (now: number, back: number): string => {
  const d = new Date(now + 8 * 3600 * 1000);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() - back;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
};

const monthWords = (m: string): string => `${m.slice(0, 4)}年${Number(m.slice(5))}月`;

const RANGES = [
  { value: 'month' as const, label: '本月' },
  { value: 'quarter' as const, label: '近3个月' },
  { value: 'year' as const, label: '今年' },
  { value: 'twelve' as const, label: '近12个月' },
];
type Range = (typeof RANGES)[number]['value'];

const rangeOf = (r: Range, now = Date.now()): { from: string; to: string } => {
  const to = monthOf(now, 0);
  if (r === 'month') return { from: to, to };
  if (r === 'quarter') return { from: monthOf(now, 2), to };
  if (r === 'year') return { from: `${to.slice(0, 4)}-01`, to };
  return { from: monthOf(now, 11), to };
};

function Rows({ rows }: { rows: Array<{ key: string; label: string; count: number }> }) {
  return (
    <View>
      {rows.map((r) => (
        <View key={r.key} className='ses-bar-row'>
          <Text className='ses-bar-label'>{r.label}</Text>
          <Text className='ses-bar-count'>{r.count} 人次</Text>
        </View>
      ))}
    </View>
  );
}

/** 学习人次 for staff (the county) and secretaries (their branch): the figure the county reports. */
export function StudyStatsPage({ title, scope }: { title: string; scope: string }) {
  const [range, setRange] = useState<Range>('year');
  const { from, to } = rangeOf(range);
  const stats = useLoad(() => callApi('lessons.stats', { from, to }), `${from}_${to}`);
  const s: StudyStatsView | undefined = stats.state.data;
  return (
    <PageShell title={title} back>
      <Text className='ses-meta'>{scope}。每学完一课、参加一次小讲堂、接受一次送学上门，都算1人次。</Text>
      <OptionGroup options={RANGES} value={range} onChange={setRange} columns={2} label='统计时间' />
      {stats.state.status === 'loading' && <Text className='ses-line'>正在统计，请稍候…</Text>}
      {stats.state.status === 'error' && <LoadFailed error={stats.state.error} fallback={'没有统计出来'} onRetry={() => void stats.reload()} />}
      {s && (
        <View id='study-stats'>
          <Card title={s.from === s.to ? monthWords(s.from) : `${monthWords(s.from)}至${monthWords(s.to)}`} tone='accent'>
            <Text className='ses-figure'>{s.total} 人次</Text>
            <Text className='ses-line'>覆盖 {s.people} 位老同志</Text>
          </Card>
          <Card title='按学习方式'><Rows rows={s.byKind} /></Card>
          <Card title='按课程类别'><Rows rows={s.byCategory} /></Card>
          {s.byBranch.length > 1 && <Card title='按支部'><Rows rows={s.byBranch} /></Card>}
          <Card title='按月份'><Rows rows={s.byMonth} /></Card>
        </View>
      )}
    </PageShell>
  );
}

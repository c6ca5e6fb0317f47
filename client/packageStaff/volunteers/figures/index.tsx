import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { FigureRow } from '@contract/volunteer-model';
import { BigButton, Card, FormField, OptionGroup, PageShell, StatusText, LoadFailed } from '../../../ui';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { useVolunteerFigures, useVolunteerLedgerExport } from '../../../features/volunteers/use-volunteer-desk';
import { hoursText } from '../../../features/volunteers/format';
import { monthLabel, RANGE_OPTIONS, rangeOf, type RangeKey } from '../shared/months';
import { openLedger } from '../../shared/open-ledger';
import '../../../features/volunteers/volunteers.scss';
import '../shared/staff-volunteers.scss';

function Rows({ title, rows, id, label }: { title: string; rows: FigureRow[]; id: string; label?: (r: FigureRow) => string }) {
  return (
    <View id={id}>
      <Text className='sv-section'>{title}</Text>
      {rows.length === 0 && <Text className='vol-meta'>这段时间没有记录。</Text>}
      {rows.map((r) => (
        <View key={r.key} className='sv-row'>
          <Text className='sv-row-name'>{label ? label(r) : r.label}</Text>
          <Text className='sv-row-figs'>{`活动${r.activities}次 · ${r.participants}人次 · ${hoursText(r.minutes)}`}</Text>
        </View>
      ))}
    </View>
  );
}

/** Staff figures: activities held, participants (person-times with hours) and hours, by month, field and team; and the ledger. */
export default function VolunteerFiguresPage() {
  const me = useMemberGate();
  const [range, setRange] = useState<RangeKey>('year');
  const { from, to } = rangeOf(range);
  const figures = useVolunteerFigures(from, to);
  const exporter = useVolunteerLedgerExport();
  const [ledger, setLedger] = useState<{ url: string; fileName: string; rows: number } | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const f = figures.state.data;
  const period = from === to ? monthLabel(from) : `${monthLabel(from)} 至 ${monthLabel(to)}`;

  const download = async () => {
    setOpenError(null);
    const r = await exporter.run({ from, to });
    if (!r) return;
    setLedger(r);
    try {
      await openLedger(r.url, r.fileName);
    } catch {
      setOpenError('台账已生成，但没有打开。请再点一次“再次下载”。');
    }
  };

  return (
    <PageShell title='志愿服务统计' back>
      <GateNotice me={me} />
      <FormField label='统计哪段时间'>
        <OptionGroup
          label='统计哪段时间'
          options={RANGE_OPTIONS}
          value={range}
          columns={2}
          onChange={(v) => {
            setRange(v);
            setLedger(null);
          }}
        />
      </FormField>
      <Text className='vol-line' id='figures-period'>{period}</Text>
      {figures.state.status === 'loading' && <StatusText tone='info'>正在统计…</StatusText>}
      {figures.state.status === 'error' && <LoadFailed error={figures.state.error} fallback={'没有统计出来，请再试一次'} onRetry={() => void figures.reload()} />}
      {f && (
        <View id='figures-totals' className='sv-totals'>
          <View className='sv-total'><Text className='vol-big-number'>{f.activities}</Text><Text className='sv-total-label'>次活动</Text></View>
          <View className='sv-total'><Text className='vol-big-number'>{f.participants}</Text><Text className='sv-total-label'>人次参加</Text></View>
          <View className='sv-total'><Text className='vol-big-number'>{hoursText(f.minutes).replace('小时', '')}</Text><Text className='sv-total-label'>小时服务</Text></View>
        </View>
      )}
      <Card title='服务时长台账（Excel）' subtitle={`${period}每一次服务：姓名、支部、服务队、活动、日期、时长`} id='ledger-card'>
        {exporter.error && <StatusText tone='error'>{exporter.error}</StatusText>}
        {openError && <StatusText tone='warn'>{openError}</StatusText>}
        {ledger && <StatusText tone='ok' id='ledger-ready'>{`已生成：${ledger.fileName}，共${ledger.rows}条`}</StatusText>}
        <BigButton id='ledger-download' busy={exporter.busy} busyText='正在生成台账…' onClick={() => void download()}>
          {ledger ? '再次下载台账' : '下载台账'}
        </BigButton>
      </Card>
      {f && (
        <View>
          <Rows title='按月份' rows={f.byMonth} id='figures-by-month' label={(r) => monthLabel(r.key)} />
          <Rows title='按服务领域' rows={f.byField} id='figures-by-field' />
          <Rows title='按服务队（服务时长多的在前）' rows={f.byTeam} id='figures-by-team' label={(r) => r.label.replace(/^银铃耀酉水·/, '')} />
        </View>
      )}
    </PageShell>
  );
}

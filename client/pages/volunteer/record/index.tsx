import { Text, View } from '@tarojs/components';
import { FIELD_LABELS } from '@contract/volunteer-words';
import { BigButton, PageShell, LoadFailed } from '../../../ui';
import { useServiceRecord } from '../../../features/volunteers/use-volunteering';
import { hoursText, spanText } from '../../../features/volunteers/format';
import '../../../features/volunteers/volunteers.scss';
import { RecordImage } from './RecordImage';

/**
 * 志愿服务记录证明: the fields the national volunteer-record rules ask for (volunteer, teams, each
 * service's content, place, time and hours, total, issuing body and date). Printable in H5; a picture
 * to save or share on both platforms (RecordImage).
 */
export default function ServiceRecordPage() {
  const record = useServiceRecord();
  const r = record.state.data;
  return (
    <PageShell title='志愿服务记录证明' back>
      {record.state.status === 'loading' && <Text className='vol-line'>正在加载，请稍候…</Text>}
      {record.state.status === 'error' && <LoadFailed error={record.state.error} fallback={'没有加载出来'} onRetry={() => void record.reload()} />}
      {r && (
        <View>
          <View className='vol-record' id='service-record'>
            <Text className='vol-record-title'>志愿服务记录证明</Text>
            <Text className='vol-line'>编号：{r.serial}</Text>
            <Text className='vol-line'>
              兹证明 {r.volunteerName}（{r.birthYear}年生，{r.branchName}）{r.teams.length ? `系${r.teams.join('、')}队员，` : ''}
              参加志愿服务{r.rows.length}次，累计服务时长 {hoursText(r.totalMinutes)}。
            </Text>
            <View className='vol-record-table'>
              {r.rows.map((row) => (
                <View key={row.activityId} className='vol-record-row'>
                  <Text className='vol-line'>{row.title}（{FIELD_LABELS[row.field]}）</Text>
                  <Text className='vol-meta'>{spanText(row.startAt, row.endAt)} · {row.place}</Text>
                  <Text className='vol-meta'>{row.teamName} · 服务时长 {hoursText(row.minutes)}</Text>
                </View>
              ))}
              {r.rows.length === 0 && <Text className='vol-line'>暂无已记录时长的志愿服务。</Text>}
            </View>
            <Text className='vol-line'>出具单位：{r.issuer}</Text>
            <Text className='vol-line'>出具日期：{r.issuedAt}</Text>
          </View>
          {process.env.TARO_ENV === 'h5' && (
            <View className='vol-noprint'>
              <View className='vol-gap' />
              <BigButton kind='secondary' onClick={() => window.print()}>打印这份证明</BigButton>
            </View>
          )}
          <RecordImage record={r} />
        </View>
      )}
    </PageShell>
  );
}

import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { EVENT_OCCASIONS, OCCASION_LABELS } from '@contract/care-words';
import { DECADE_CHOICES } from '@contract/care-words';
import { BigButton, Card, CheckGroup, FormField, LoadFailed, OptionGroup, PageShell, StatusText, TextBox } from '../../../ui';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { useCareSettings, useSaveCareSettings } from '../../../features/care/use-care-desk';
import { shortDateTime } from '../../../features/ideas/format';
import { fromDraft, toDraft, type Draft } from '../../../features/care/settings-draft';
import '../../../features/care/care.scss';

const ON_OFF = [{ value: true, label: '要走访' }, { value: false, label: '不走访' }];
const DECADES = DECADE_CHOICES.map((d) => ({ value: d as number, label: `${d}岁` }));

/**
 * 关爱服务设置 (staff): which 三慰问 the timer turns into visits, how far ahead and for whom, how soon each
 * 四必访 must happen, and the 荣退 "九个一" items. Saved as one set; the change is audited.
 */
export default function CareSettingsPage() {
  const me = useMemberGate();
  const ready = me.status === 'registered';
  const loaded = useCareSettings(ready);
  const save = useSaveCareSettings();
  const [d, setD] = useState<Draft | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    if (loaded.state.data) setD(toDraft(loaded.state.data));
  }, [loaded.state.data]);
  const e = save.fields ?? {};
  const part = <K extends keyof Draft>(k: K) => (patch: Partial<Draft[K]>) => setD((x) => (x ? { ...x, [k]: Array.isArray(x[k]) ? patch : { ...x[k], ...patch } } : x));
  const data = loaded.state.data;

  return (
    <PageShell title='关爱服务设置' back>
      <GateNotice me={me} />
      {loaded.state.status === 'error' && loaded.state.error && <LoadFailed error={loaded.state.error} onRetry={() => void loaded.reload()} />}
      {data?.updatedBy && <Text className='care-note'>{`${data.updatedBy}在${shortDateTime(data.updatedAt ?? '')}改过`}</Text>}
      {d && (
        <View id='care-settings'>
          <Card title='春节慰问' subtitle='所有老同志，除夕前走访完'>
            <OptionGroup label='春节慰问' columns={2} options={ON_OFF} value={d.springFestival.enabled} onChange={(enabled) => part('springFestival')({ enabled })} />
            <FormField label='提前多少天开始' error={e['springFestival.leadDays']}>
              <TextBox label='春节提前多少天' type='number' value={d.springFestival.leadDays} onChange={(leadDays) => part('springFestival')({ leadDays })} maxlength={2} />
            </FormField>
          </Card>
          <Card title='重阳节慰问' subtitle='按农历九月初九'>
            <OptionGroup label='重阳节慰问' columns={2} options={ON_OFF} value={d.doubleNinth.enabled} onChange={(enabled) => part('doubleNinth')({ enabled })} />
            <FormField label='多少岁以上' error={e['doubleNinth.minAge']}>
              <TextBox label='重阳节多少岁以上' type='number' value={d.doubleNinth.minAge} onChange={(minAge) => part('doubleNinth')({ minAge })} maxlength={3} />
            </FormField>
            <FormField label='提前多少天开始' error={e['doubleNinth.leadDays']}>
              <TextBox label='重阳节提前多少天' type='number' value={d.doubleNinth.leadDays} onChange={(leadDays) => part('doubleNinth')({ leadDays })} maxlength={2} />
            </FormField>
          </Card>
          <Card title='逢十生日慰问' subtitle='当年过整十生日的，年底前走访'>
            <OptionGroup label='逢十生日慰问' columns={2} options={ON_OFF} value={d.birthday.enabled} onChange={(enabled) => part('birthday')({ enabled })} />
            <FormField label='哪些整十生日' error={e['birthday.decades']}>
              <CheckGroup label='哪些整十生日' options={DECADES} value={d.birthday.decades} onChange={(decades) => part('birthday')({ decades })} />
            </FormField>
          </Card>
          <Card title='光荣在党50年慰问' subtitle='按服务台账里的入党年份，七一前走访'>
            <OptionGroup label='光荣在党50年慰问' columns={2} options={ON_OFF} value={d.party50.enabled} onChange={(enabled) => part('party50')({ enabled })} />
            <FormField label='提前多少天开始' error={e['party50.leadDays']}>
              <TextBox label='七一提前多少天' type='number' value={d.party50.leadDays} onChange={(leadDays) => part('party50')({ leadDays })} maxlength={2} />
            </FormField>
          </Card>
          <Card title='四必访的期限' subtitle='接到报告后几天内走访，过了就督办'>
            {EVENT_OCCASIONS.map((o) => (
              <FormField key={o} label={`${OCCASION_LABELS[o]}（天）`} error={e[`eventDays.${o}`]}>
                <TextBox label={`${OCCASION_LABELS[o]}几天内`} type='number' value={d.eventDays[o]} onChange={(v) => part('eventDays')({ [o]: v })} maxlength={2} />
              </FormField>
            ))}
          </Card>
          <Card title='荣退“九个一”' subtitle='新登记的退休同志按这些事项办理'>
            {d.welcomeItems.map((item, i) => (
              <View key={i} className='care-settings-item'>
                <FormField label={`第${i + 1}项`} error={e[`welcomeItems.${i}`]}>
                  <TextBox label={`第${i + 1}项`} value={item} onChange={(v) => setD((x) => (x ? { ...x, welcomeItems: x.welcomeItems.map((y, k) => (k === i ? v : y)) } : x))} maxlength={20} />
                </FormField>
                <BigButton kind='plain' onClick={() => setD((x) => (x ? { ...x, welcomeItems: x.welcomeItems.filter((_, k) => k !== i) } : x))}>{`删掉第${i + 1}项`}</BigButton>
              </View>
            ))}
            {e.welcomeItems && <StatusText tone='error'>{e.welcomeItems}</StatusText>}
            {d.welcomeItems.length < 12 && <BigButton kind='secondary' onClick={() => setD((x) => (x ? { ...x, welcomeItems: [...x.welcomeItems, ''] } : x))}>添加一项</BigButton>}
          </Card>
          {save.error && <StatusText tone='error'>{save.error}</StatusText>}
          {saved && <StatusText tone='ok' id='care-settings-saved'>{saved}</StatusText>}
          <BigButton id='care-settings-save' busy={save.busy} onClick={async () => {
            setSaved(null);
            const r = await save.run(fromDraft(d));
            if (!r) return;
            setD(toDraft(r));
            setSaved('已保存。以后的走访任务按新的设置生成。');
          }}>
            保存设置
          </BigButton>
        </View>
      )}
    </PageShell>
  );
}

import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { FIELD_LABELS, VOLUNTEER_FIELDS } from '@contract/volunteer-words';
import type { ActivityDetail, VolunteerField } from '@contract/volunteer-model';
import { BigButton, Card, FormField, OptionGroup, PageShell, PickerButton, StatusText, TextBox, LoadState } from '../../../ui';
import { DraftNotice, draftIntentStore, useDraft } from '../../../features/drafts';
import { useActivityForEditing, useCancelActivity, useEditActivity } from '../../../features/volunteers/use-volunteer-desk';
import { toIso } from '../../../features/volunteers/format';
import { seatsText } from '../../../features/volunteers/words';
import '../../../features/volunteers/volunteers.scss';
import '../shared/staff-volunteers.scss';
import { PlacePicker } from '../../../features/places/PlacePicker';

const FIELD_OPTIONS = VOLUNTEER_FIELDS.map((f) => ({ value: f, label: FIELD_LABELS[f] }));
const SHANGHAI_MS = 8 * 3_600_000;
const dateOf = (iso: string) => new Date(Date.parse(iso) + SHANGHAI_MS).toISOString().slice(0, 10);
const timeOf = (iso: string) => new Date(Date.parse(iso) + SHANGHAI_MS).toISOString().slice(11, 16);

const formOf = (a: ActivityDetail) => ({
  title: a.title, description: a.description, place: a.place, placeId: undefined as string | undefined, capacity: String(a.capacity), field: a.field as VolunteerField,
  date: dateOf(a.startAt), start: timeOf(a.startAt), end: timeOf(a.endAt), deadlineDate: dateOf(a.deadline), deadlineTime: timeOf(a.deadline),
});

/**
 * For the team's leaders and staff, before the activity starts: change it (the capacity never below the
 * people already signed up; a new time or place is sent to them), or call it off with a reason that
 * everyone signed up or waiting receives.
 */
export default function EditActivityPage() {
  const activityId = useRouter().params.id ?? '';
  const loaded = useActivityForEditing(activityId);
  const a = loaded.state.data;
  const [form, setForm] = useState<ReturnType<typeof formOf> | null>(null);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const edit = useEditActivity(draftIntentStore(`activity-edit.${activityId}`));
  // The changes typed so far survive a restart, once the activity is loaded and in the form.
  const kept = useDraft({ key: `activity-edit.${activityId}`, value: form, ready: !!form, restore: setForm, reset: setForm });
  const cancel = useCancelActivity();
  useEffect(() => {
    if (a && !form) setForm(formOf(a));
  }, [a, form]);
  const set = <K extends keyof ReturnType<typeof formOf>>(key: K) => (value: ReturnType<typeof formOf>[K]) =>
    setForm((f) => (f ? { ...f, [key]: value } : f));
  const errors = edit.fields ?? {};
  const editable = a && (a.phase === 'open' || a.phase === 'closed');
  const people = a ? a.taken + a.waitingCount : 0;

  const save = async () => {
    if (!form) return;
    setNote(null);
    kept.flush();
    const r = await edit.run({
      activityId, title: form.title.trim(), description: form.description.trim(), place: form.place.trim(), field: form.field,
      // Without a new choice, the place's address and map stay while its name is unchanged (the server's rule).
      ...(form.placeId ? { placeId: form.placeId } : {}),
      capacity: Number(form.capacity) || 0,
      startAt: toIso(form.date, form.start), endAt: toIso(form.date, form.end), deadline: toIso(form.deadlineDate, form.deadlineTime),
    });
    if (r) {
      kept.done();
      loaded.set(r);
      setNote('已保存修改。时间或地点有变时，已报名和候补的老同志会收到通知。');
    }
  };

  const callOff = async () => {
    const r = await cancel.run({ activityId, reason: reason.trim() });
    setConfirming(false);
    if (r) {
      kept.done();
      loaded.set(r);
      setNote(`活动已取消，已通知${people}位报名或候补的老同志。`);
    }
  };


  return (
    <PageShell title='修改或取消活动' back>
      <DraftNotice draft={kept} />
      <LoadState state={loaded.state} fallback={'没有加载出来'} onRetry={() => void loaded.reload()} />
      {note && <StatusText tone='ok' id='edit-note'>{note}</StatusText>}
      {a && (
        <Card title={a.title} subtitle={a.phase === 'cancelled' ? `已取消：${a.cancelReason ?? ''}` : seatsText(a)} tone='accent' id='edit-summary' />
      )}
      {a && !a.canManage && <StatusText tone='error'>只有这个队的队长和工作人员可以修改。</StatusText>}
      {a && a.canManage && !editable && a.phase !== 'cancelled' && <StatusText tone='info'>活动已经开始或结束，不能再修改或取消。</StatusText>}
      {a && a.canManage && editable && form && (
        <View>
          <FormField label='活动名称' error={errors.title}><TextBox value={form.title} onChange={set('title')} label='活动名称' maxlength={30} /></FormField>
          <FormField label='服务领域' error={errors.field}><OptionGroup options={FIELD_OPTIONS} value={form.field} onChange={set('field')} columns={2} label='服务领域' /></FormField>
          <FormField label='活动日期' error={errors.startAt}><PickerButton mode='date' value={form.date} onChange={set('date')} label='活动日期' common='coming-days' /></FormField>
          <FormField label='开始时间'><PickerButton mode='time' value={form.start} onChange={set('start')} label='开始时间' common='usual-times' /></FormField>
          <FormField label='结束时间' error={errors.endAt}><PickerButton mode='time' value={form.end} onChange={set('end')} label='结束时间' /></FormField>
          <PlacePicker value={form} onChange={(c) => setForm((f) => (f ? { ...f, place: c.place, placeId: c.placeId } : f))} error={errors.place ?? errors.placeId} />
          <FormField label='人数上限' hint={`已有${a.taken}人占了名额，不能少于${a.taken}；加名额时候补的人按先后补上`} error={errors.capacity}>
            <TextBox value={form.capacity} onChange={set('capacity')} type='number' label='人数上限' maxlength={3} />
          </FormField>
          <FormField label='报名截止日期' error={errors.deadline}><PickerButton mode='date' value={form.deadlineDate} onChange={set('deadlineDate')} label='报名截止日期' /></FormField>
          <FormField label='报名截止时间'><PickerButton mode='time' value={form.deadlineTime} onChange={set('deadlineTime')} label='报名截止时间' /></FormField>
          <FormField label='活动内容' error={errors.description}>
            <TextBox value={form.description} onChange={set('description')} multiline maxlength={500} label='活动内容' />
          </FormField>
          {edit.error && <StatusText tone='error'>{edit.error}</StatusText>}
          <BigButton id='edit-save' busy={edit.busy} onClick={() => void save()}>保存修改</BigButton>

          <View className='sv-danger' id='cancel-section'>
          <Text className='sv-section'>取消这次活动</Text>
          <Text className='sv-note'>{`取消后会通知已报名和候补的${people}位老同志，取消原因会一起告诉他们。取消后不能恢复。`}</Text>
          <FormField label='取消原因' hint='例如：暴雨预警，改期另行通知' error={cancel.fields?.reason}>
            <TextBox value={reason} onChange={(v) => { setReason(v); setConfirming(false); }} label='取消原因' maxlength={60} />
          </FormField>
          {cancel.error && <StatusText tone='error'>{cancel.error}</StatusText>}
          {confirming ? (
            <View id='cancel-confirm'>
              <StatusText tone='warn'>{`确定要取消“${a.title}”吗？`}</StatusText>
              <View className='vol-row-actions'>
                <BigButton kind='danger' busy={cancel.busy} busyText='正在取消…' id='cancel-yes' onClick={() => void callOff()}>确定取消活动</BigButton>
                <BigButton kind='secondary' onClick={() => setConfirming(false)}>不取消了</BigButton>
              </View>
            </View>
          ) : (
            <BigButton kind='danger' id='cancel-activity' onClick={() => setConfirming(true)}>取消这次活动</BigButton>
          )}
          </View>
        </View>
      )}
    </PageShell>
  );
}

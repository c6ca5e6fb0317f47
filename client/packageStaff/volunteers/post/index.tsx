import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { FIELD_LABELS, VOLUNTEER_FIELDS } from '@contract/volunteer-words';
import type { VolunteerField } from '@contract/volunteer-model';
import { BigButton, FormField, OptionGroup, PageShell, PickerButton, StatusText, TextBox } from '../../../ui';
import { DraftNotice, draftIntentStore, useDraft } from '../../../features/drafts';
import { ROUTES } from '../../../features/navigation/routes';
import { replacePage } from '../../../features/navigation/navigate';
import { toIso, todayText } from '../../../features/volunteers/format';
import { PlacePicker } from '../../../features/places/PlacePicker';
import { usePostActivity } from '../../../features/volunteers/use-volunteer-desk';
import '../../../features/volunteers/volunteers.scss';

const FIELD_OPTIONS = VOLUNTEER_FIELDS.map((f) => ({ value: f, label: FIELD_LABELS[f] }));
const YES_NO = [{ value: false, label: '不需要' }, { value: true, label: '需要队长确认' }];

/** A leader (own team) or staff post an activity: what, when, where, how many, and until when to sign up. */
export default function PostActivityPage() {
  const teamId = useRouter().params.teamId ?? '';
  const post = usePostActivity(draftIntentStore(`activity-post.${teamId}`));
  const tomorrow = todayText(Date.now() + 86_400_000);
  const [form, setForm] = useState({
    title: '', description: '', place: '', placeId: undefined as string | undefined, capacity: '10', field: 'rural' as VolunteerField,
    date: tomorrow, start: '09:00', end: '11:00', deadlineDate: tomorrow, deadlineTime: '08:00', needsApproval: false,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const kept = useDraft({ key: `activity-post.${teamId}`, value: form, restore: setForm, reset: setForm }); // survives a restart
  const set = <K extends keyof typeof form>(key: K) => (value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async () => {
    const input = {
      teamId, title: form.title, description: form.description, place: form.place, ...(form.placeId ? { placeId: form.placeId } : {}), field: form.field,
      capacity: Number(form.capacity) || 0, needsApproval: form.needsApproval,
      startAt: toIso(form.date, form.start), endAt: toIso(form.date, form.end), deadline: toIso(form.deadlineDate, form.deadlineTime),
    };
    setBusy(true);
    kept.flush();
    const res = await post(input);
    setBusy(false);
    if (res.ok) {
      kept.done();
      replacePage(`${ROUTES.volunteerRoster}?id=${res.data.id}`);
      return;
    }
    setErrors(res.error.fields ?? {});
    setMessage(res.error.message);
  };


  return (
    <PageShell title='发布活动' back>
      <DraftNotice draft={kept} />
      <FormField label='活动名称' error={errors.title}><TextBox value={form.title} onChange={set('title')} label='活动名称' maxlength={30} /></FormField>
      <FormField label='服务领域' error={errors.field}><OptionGroup options={FIELD_OPTIONS} value={form.field} onChange={set('field')} columns={2} label='服务领域' /></FormField>
      <FormField label='活动日期' error={errors.startAt}><PickerButton mode='date' value={form.date} onChange={set('date')} label='活动日期' common='coming-days' /></FormField>
      <FormField label='开始时间'><PickerButton mode='time' value={form.start} onChange={set('start')} label='开始时间' common='usual-times' /></FormField>
      <FormField label='结束时间' error={errors.endAt}><PickerButton mode='time' value={form.end} onChange={set('end')} label='结束时间' /></FormField>
      <PlacePicker value={form} onChange={(c) => setForm((f) => ({ ...f, place: c.place, placeId: c.placeId }))} error={errors.place ?? errors.placeId} />
      <FormField label='人数上限' hint='报满后的人可以候补' error={errors.capacity}><TextBox value={form.capacity} onChange={set('capacity')} type='number' label='人数上限' maxlength={3} /></FormField>
      <FormField label='报名截止日期' error={errors.deadline}><PickerButton mode='date' value={form.deadlineDate} onChange={set('deadlineDate')} label='报名截止日期' /></FormField>
      <FormField label='报名截止时间'><PickerButton mode='time' value={form.deadlineTime} onChange={set('deadlineTime')} label='报名截止时间' /></FormField>
      <FormField label='报名是否要队长确认'><OptionGroup options={YES_NO} value={form.needsApproval} onChange={set('needsApproval')} columns={2} label='报名是否要队长确认' /></FormField>
      <FormField label='活动内容' hint='做什么、要带什么、在哪里集合' error={errors.description}>
        <TextBox value={form.description} onChange={set('description')} multiline maxlength={500} label='活动内容' />
      </FormField>
      {message && <StatusText tone='error'>{message}</StatusText>}
      <BigButton busy={busy} onClick={() => void submit()} id='post-submit'>发布</BigButton>
    </PageShell>
  );
}

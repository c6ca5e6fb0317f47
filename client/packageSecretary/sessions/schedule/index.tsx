import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { LessonSummary } from '@contract/lesson-model';
import { BigButton, FormField, PageShell, PickerButton, StatusText, TextBox } from '../../../ui';
import { DraftNotice, draftIntentStore, useDraft } from '../../../features/drafts';
import { ROUTES } from '../../../features/navigation/routes';
import { replacePage } from '../../../features/navigation/navigate';
import { toIso, todayText } from '../../../features/volunteers/format';
import { PlacePicker, type PlaceChoice } from '../../../features/places/PlacePicker';
import { usePublishedLessons, useScheduleSession } from '../../../features/study/use-session-desk';
import { useDesk } from '../../../features/desk/use-desk';
import { DeskForm, DeskInput } from './DeskFields';
import '../../../features/study/sessions.scss';
import '../../../ui/option-group.scss';

/**
 * Schedule a 院坝小讲堂: topic, day and time, place, seats, and up to three published lessons to study. At a
 * wide desk the same fields in two columns, with typed date and time (DeskFields).
 */
export default function ScheduleSessionPage() {
  const { wide } = useDesk();
  const schedule = useScheduleSession(draftIntentStore('session-schedule'));
  const lessons = usePublishedLessons();
  const [form, setForm] = useState<{ topic: string; place: string; placeId?: string; capacity: string; date: string; time: string }>({ topic: '', place: '', capacity: '30', date: todayText(Date.now() + 2 * 86_400_000), time: '09:30' });
  const [picked, setPicked] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const put = (d: { form: typeof form; picked: string[] }) => {
    setForm(d.form);
    setPicked(d.picked);
  };
  const kept = useDraft({ key: 'session-schedule', value: { form, picked }, restore: put, reset: put }); // survives a restart
  const set = <K extends 'topic' | 'capacity' | 'date' | 'time'>(key: K) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : p.length >= 3 ? p : [...p, id]));

  const submit = async () => {
    const input = { topic: form.topic, place: form.place, ...(form.placeId ? { placeId: form.placeId } : {}), capacity: Number(form.capacity) || 0, startAt: toIso(form.date, form.time), lessonIds: picked };
    setBusy(true);
    kept.flush();
    const res = await schedule(input);
    setBusy(false);
    if (res.ok) {
      kept.done();
      // At the desk the new one opens beside the list; on the phone, its own run page.
      if (wide) void Taro.reLaunch({ url: `${ROUTES.secretarySessions}?open=${res.data.id}` });
      else replacePage(`${ROUTES.secretarySessionRun}?id=${res.data.id}`);
      return;
    }
    setErrors(res.error.fields ?? {});
    setMessage(res.error.message);
  };

  const published: LessonSummary[] = lessons.state.data?.items ?? [];
  const topicField = <FormField label='主题' error={errors.topic}><TextBox value={form.topic} onChange={set('topic')} label='主题' maxlength={40} /></FormField>;
  const placeField = <PlacePicker value={form} onChange={(c: PlaceChoice) => setForm((f) => ({ ...f, place: c.place, placeId: c.placeId }))} error={errors.place ?? errors.placeId} />;
  const capacityField = (
    <FormField label='座位数' hint='报满后不能再报名' error={errors.capacity}>
      <TextBox value={form.capacity} onChange={set('capacity')} type='number' label='座位数' maxlength={3} />
    </FormField>
  );
  const lessonsField = (
    <FormField label='一起学习的课程（可不选，最多3课）' error={errors.lessonIds}>
      <View className='options options--1' role='group' aria-label='一起学习的课程'>
        {lessons.state.status === 'loading' && <Text className='ses-meta'>正在读取已发布的课程…</Text>}
        {lessons.state.status === 'ready' && published.length === 0 && <Text className='ses-meta'>还没有已发布的课程。</Text>}
        {published.map((l) => {
          const on = picked.includes(l.id);
          return (
            <View key={l.id} className={`option ${on ? 'option--on' : ''}`} role='checkbox' aria-checked={on ? 'true' : 'false'} onClick={() => toggle(l.id)}>
              <Text className='option-mark'>{on ? '☑' : '☐'}</Text>
              <Text className='option-label'>{l.title}</Text>
            </View>
          );
        })}
      </View>
    </FormField>
  );
  const sendPart = (
    <>
      {message && <StatusText tone='error'>{message}</StatusText>}
      <BigButton busy={busy} onClick={() => void submit()} id='session-schedule-submit'>安排好了，开始报名</BigButton>
    </>
  );
  return (
    <PageShell title='安排小讲堂' back>
      <DraftNotice draft={kept} />
      {wide ? (
        // The desk: two columns, the browser's date and time boxes, Enter in a box sends it.
        <DeskForm onSubmit={() => void (busy || submit())}>
          {topicField}
          {capacityField}
          <FormField label='日期' error={errors.startAt}><DeskInput type='date' value={form.date} onChange={set('date')} label='日期' id='session-date' /></FormField>
          <FormField label='开始时间'><DeskInput type='time' value={form.time} onChange={set('time')} label='开始时间' id='session-time' /></FormField>
          <View className='sesdesk-form-wide'>{placeField}</View>
          <View className='sesdesk-form-wide'>{lessonsField}</View>
          <View className='sesdesk-form-wide'>{sendPart}</View>
        </DeskForm>
      ) : (
        <>
          {topicField}
          <FormField label='日期' error={errors.startAt}><PickerButton mode='date' value={form.date} onChange={set('date')} label='日期' common='coming-days' /></FormField>
          <FormField label='开始时间'><PickerButton mode='time' value={form.time} onChange={set('time')} label='开始时间' common='usual-times' /></FormField>
          {placeField}
          {capacityField}
          {lessonsField}
          {sendPart}
        </>
      )}
    </PageShell>
  );
}

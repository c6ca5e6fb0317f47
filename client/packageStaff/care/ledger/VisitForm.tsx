import { View } from '@tarojs/components';
import { useState } from 'react';
import { VISIT_WAY_LABELS, VISIT_WAYS } from '@contract/care-words';
import type { VisitView, VisitWay } from '@contract/care-model';
import { BigButton, FormField, OptionGroup, PickerButton, StatusText, TextBox } from '../../../ui';
import { useRecordVisit } from '../../../features/care/use-care-desk';
import { todayInChina } from '../../../features/ideas/format';
import { PhotoPicker, type PickedPhoto } from '../../../ui/PhotoPicker';

const WAYS = VISIT_WAYS.map((w) => ({ value: w, label: VISIT_WAY_LABELS[w] }));

/** 登记走访 for one due visit: when, how, who went, what was found, and any problem raised (tracked from then on). */
export function VisitForm({ visit, onDone }: { visit: VisitView; onDone: (v: VisitView) => void }) {
  const record = useRecordVisit();
  const [form, setForm] = useState({ visitedOn: todayInChina(), way: 'home' as VisitWay, visitors: '', found: '', problem: '' });
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const set = <K extends keyof typeof form>(k: K) => (v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));
  const errors = record.fields ?? {};
  return (
    <View id={`care-visit-form-${visit.id}`}>
      <FormField label='走访日期' error={errors.visitedOn}>
        <PickerButton mode='date' value={form.visitedOn} onChange={set('visitedOn')} label='走访日期' common='recent-days' />
      </FormField>
      <FormField label='走访方式' error={errors.way}>
        <OptionGroup label='走访方式' options={WAYS} value={form.way} onChange={set('way')} />
      </FormField>
      <FormField label='走访人' hint='谁去的，几个人就写几个名字' error={errors.visitors}>
        <TextBox label='走访人' value={form.visitors} onChange={set('visitors')} maxlength={40} />
      </FormField>
      <FormField label='走访情况' error={errors.found}>
        <TextBox label='走访情况' value={form.found} onChange={set('found')} multiline maxlength={500} placeholder='身体、生活怎么样，说了些什么' />
      </FormField>
      <FormField label='反映的问题' optional hint='老同志提出的困难，登记后会跟踪到解决' error={errors.problem}>
        <TextBox label='反映的问题' value={form.problem} onChange={set('problem')} multiline maxlength={300} />
      </FormField>
      <FormField label='走访照片' optional hint='最多3张，只有工作人员和支部书记能看到' error={errors.photos}>
        <PhotoPicker id={`care-visit-photo-${visit.id}`} purpose='careVisitPhoto' label='走访照片' value={photos} onChange={setPhotos} max={3} />
      </FormField>
      {record.error && <StatusText tone='error'>{record.error}</StatusText>}
      <BigButton id={`care-visit-save-${visit.id}`} busy={record.busy} onClick={async () => {
        const r = await record.run({ visitId: visit.id, visitedOn: form.visitedOn, way: form.way, visitors: form.visitors.trim(), found: form.found.trim(), ...(form.problem.trim() ? { problem: form.problem.trim() } : {}), ...(photos.length ? { photos: photos.map((p) => p.fileID) } : {}) });
        if (r) onDone(r);
      }}>
        登记这次走访
      </BigButton>
    </View>
  );
}

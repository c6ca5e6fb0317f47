import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import type { DeliveryTaskView } from '@contract/lesson-model';
import { BigButton, FormField, OptionGroup, PagedList, PageShell, StatusText, TextBox } from '../../../ui';
import { PhotoList, PhotoPicker, type PickedPhoto } from '../../../ui/PhotoPicker';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { DeliveryHome } from '../../../features/study/DeliveryHome';
import { useDeliveries, useRecordDeliveryVisit } from '../../../features/study/use-lesson-desk';
import '../../../features/study/study.scss';

/** The visitor an automatic task starts with (features/jobs/home-delivery.ts), until someone is named. */
const AUTO_VISITOR = '待安排';

const today = () => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);

/** 送学上门 tasks of my branch: open ones by due date; record a visit when it is done. */
export default function DeliveriesPage() {
  const me = useMemberGate();
  const ready = me.status === 'registered';
  const [status, setStatus] = useState<'open' | 'done'>('open');
  const list = useDeliveries(ready, status);
  return (
    <PageShell title='送学上门' back>
      {!ready && <GateNotice me={me} />}
      <OptionGroup<'open' | 'done'>
        label='任务状态'
        columns={2}
        options={[{ value: 'open', label: '待上门' }, { value: 'done', label: '已上门' }]}
        value={status}
        onChange={setStatus}
      />
      <PagedList
        state={list.state}
        keyOf={(t) => t.id}
        onRetry={() => void list.reload()}
        onMore={() => void list.loadMore()}
        emptyText={status === 'open' ? '没有待上门的任务。' : '还没有上门记录。'}
        renderItem={(t) => <TaskRow task={t} onDone={(next) => list.update((x) => x.id === next.id, next)} />}
      />
    </PageShell>
  );
}

function TaskRow({ task, onDone }: { task: DeliveryTaskView; onDone: (t: DeliveryTaskView) => void }) {
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(today());
  const [notes, setNotes] = useState('');
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const unnamed = (task.auto || task.byMember) && task.visitorName === AUTO_VISITOR;
  const [visitor, setVisitor] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [msg, setMsg] = useState<string>();
  const [busy, setBusy] = useState(false);
  const recordVisit = useRecordDeliveryVisit();

  const record = async () => {
    const input = {
      taskId: task.id,
      visitedOn: date.trim(),
      lessonIds: task.lessonIds,
      ...(notes.trim() ? { notes: notes.trim() } : {}),
      ...(unnamed && visitor.trim() ? { visitorName: visitor.trim() } : {}),
      ...(photos[0] ? { photoFileId: photos[0].fileID } : {}),
    };
    setBusy(true);
    const res = await recordVisit(input);
    setBusy(false);
    if (res.ok) {
      onDone(res.data);
      setOpen(false);
    } else {
      setErrors(res.error.fields ?? {});
      setMsg(res.error.message);
    }
  };

  return (
    <View className={`srow ${task.status === 'done' ? 'srow--done' : 'srow--todo'}`}>
      <Text className='srow-title'>{task.memberName}</Text>
      {/* Made by the job for a member whose profile needs home delivery: the secretary did not assign it. */}
      {task.auto && <Text className='srow-meta srow-auto'>自动生成（资料里写着需要送学上门）</Text>}
      {task.byMember && <Text className='srow-meta srow-auto'>本人申请送学上门</Text>}
      <Text className='srow-meta'>送学：{task.lessonTitles.join('、')}</Text>
      <Text className='srow-meta'>
        {task.status === 'done'
          ? `${task.visitorName === AUTO_VISITOR ? '' : task.visitorName}已于${task.visitedOn}上门`
          : task.visitorName === AUTO_VISITOR
            ? `上门人：请支部安排，${task.dueDate}前送到`
            : `${task.visitorName}上门，${task.dueDate}前送到`}
      </Text>
      {task.status === 'open' && <DeliveryHome task={task} />}
      {task.note && <Text className='srow-meta'>备注：{task.note}</Text>}
      {task.visitNotes && <Text className='srow-meta'>上门情况：{task.visitNotes}</Text>}
      {task.photoUrl && <PhotoList urls={[task.photoUrl]} label='上门照片' />}
      {task.status === 'open' && !open && (
        <BigButton kind='secondary' onClick={() => setOpen(true)}>
          登记这次上门
        </BigButton>
      )}
      {open && (
        <View>
          <FormField label='上门日期' hint='按“2026-12-05”的样子填写' error={errors.visitedOn}>
            <TextBox label='上门日期' value={date} onChange={setDate} maxlength={10} />
          </FormField>
          {unnamed && (
            <FormField label='上门人' optional hint='是谁上门送学的' error={errors.visitorName}>
              <TextBox label='上门人' value={visitor} onChange={setVisitor} maxlength={20} />
            </FormField>
          )}
          <FormField label='上门情况' optional error={errors.notes}>
            <TextBox label='上门情况' multiline value={notes} onChange={setNotes} maxlength={500} placeholder='例如：读了一遍，老人家听得很认真' />
          </FormField>
          <FormField label='上门照片' optional error={errors.photoFileId}>
            <PhotoPicker id={`visit-photo-${task.id}`} purpose='deliveryPhoto' label='上门照片' value={photos} onChange={setPhotos} max={1} />
          </FormField>
          <BigButton busy={busy} busyText='正在登记…' onClick={() => void record()}>
            登记，记入学习记录
          </BigButton>
          {msg && <StatusText tone='error'>{msg}</StatusText>}
        </View>
      )}
    </View>
  );
}

import { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import type { OutputOf } from '@contract/registry';
import { STUDY_KIND_LABELS } from '@contract/lesson-words';
import { BigButton, FormField, PagedList, PageShell, StatusText, TextBox } from '../../../ui';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { shortDate } from '../../../features/study/labels';
import { useAssignDelivery, useBranchProgress } from '../../../features/study/use-lesson-desk';
import '../../../features/study/study.scss';

type Row = OutputOf<'lessons.branchProgress'>['items'][number];
type Head = Omit<OutputOf<'lessons.branchProgress'>, 'items' | 'page' | 'pageSize' | 'hasMore'>;

const inDays = (days: number) => new Date(Date.now() + 8 * 3600 * 1000 + days * 86_400_000).toISOString().slice(0, 10);

/** For one lesson: who in my branch has studied it, who has not; a "not yet" can become 送学上门. */
export default function LessonProgressPage() {
  const me = useMemberGate();
  const { params } = useRouter();
  const lessonId = String(params.id ?? '');
  const ready = me.status === 'registered';
  const [head, setHead] = useState<Head>();
  const list = useBranchProgress(ready, lessonId, setHead);

  return (
    <PageShell title='支部学习情况' back>
      {!ready && <GateNotice me={me} />}
      {head && (
        <View id='progress-head'>
          <Text className='progress-head'>{head.lessonTitle}</Text>
          <StatusText tone='info' lead={head.branchName}>{`${head.memberCount} 人中，已学 ${head.studiedCount} 人`}</StatusText>
        </View>
      )}
      <View id='progress-list'>
        <PagedList
          state={list.state}
          keyOf={(r) => r.memberId}
          onRetry={() => void list.reload()}
          onMore={() => void list.loadMore()}
          emptyText='这个支部还没有老同志。'
          renderItem={(r) => <ProgressRow row={r} lessonId={lessonId} onChanged={(next) => list.update((x) => x.memberId === next.memberId, next)} />}
        />
      </View>
    </PageShell>
  );
}

function ProgressRow({ row, lessonId, onChanged }: { row: Row; lessonId: string; onChanged: (r: Row) => void }) {
  const me = useMemberGate();
  const [open, setOpen] = useState(false);
  const [visitor, setVisitor] = useState(me.status === 'registered' ? me.member.name : '');
  const [due, setDue] = useState(inDays(7));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [msg, setMsg] = useState<string>();
  const [busy, setBusy] = useState(false);
  const assignDelivery = useAssignDelivery();

  const assign = async () => {
    const input = { memberId: row.memberId, lessonIds: [lessonId], visitorName: visitor.trim(), dueDate: due.trim() };
    setBusy(true);
    const res = await assignDelivery(input);
    setBusy(false);
    if (res.ok) {
      setOpen(false);
      onChanged({ ...row, deliveryTaskId: res.data.id });
    } else {
      setErrors(res.error.fields ?? {});
      setMsg(res.error.message);
    }
  };

  return (
    <View className={`srow ${row.studied ? 'srow--done' : 'srow--todo'}`}>
      <Text className='srow-title'>{row.name}</Text>
      <Text className='srow-meta'>
        {row.studied
          ? `已学（${row.kind ? STUDY_KIND_LABELS[row.kind] : ''}${row.studiedAt ? `，${shortDate(row.studiedAt)}` : ''}）`
          : row.deliveryTaskId
            ? '还没学 · 已安排送学上门'
            : `还没学${row.needsHomeDelivery ? ' · 登记过需要送学上门' : ''}`}
      </Text>
      {!row.studied && !row.deliveryTaskId && !open && (
        <BigButton kind='secondary' onClick={() => setOpen(true)}>
          安排送学上门
        </BigButton>
      )}
      {open && (
        <View>
          <FormField label='谁去上门' error={errors.visitorName}>
            <TextBox label='谁去上门' value={visitor} onChange={setVisitor} maxlength={20} />
          </FormField>
          <FormField label='哪天前送到' hint='按“2026-12-05”的样子填写' error={errors.dueDate}>
            <TextBox label='哪天前送到' value={due} onChange={setDue} maxlength={10} />
          </FormField>
          <BigButton busy={busy} busyText='正在安排…' onClick={() => void assign()}>
            确定安排
          </BigButton>
          <BigButton kind='plain' onClick={() => setOpen(false)}>
            先不安排
          </BigButton>
          {msg && <StatusText tone='error'>{msg}</StatusText>}
        </View>
      )}
    </View>
  );
}

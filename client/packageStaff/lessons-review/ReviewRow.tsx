import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import type { LessonDetail, LessonSummary } from '@contract/lesson-model';
import { BigButton, FormField, TextBox } from '../../ui';
import { categoryName, shortDate } from '../../features/study/labels';
import { useLessonMoves } from '../../features/study/use-lesson-desk';
import { getLesson } from '../../features/study/use-lessons';

/** One held lesson to review: its summary, 看全文, then 通过，发布 or 退回修改 with a reason the author sees. */
export function ReviewRow({ lesson, onDone, onError }: { lesson: LessonSummary; onDone: (text: string) => void; onError: (text: string) => void }) {
  const [detail, setDetail] = useState<LessonDetail>();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [busy, setBusy] = useState<'read' | 'approve' | 'return'>();
  const moves = useLessonMoves();

  const read = async () => {
    setBusy('read');
    const res = await getLesson(lesson.id);
    setBusy(undefined);
    if (res.ok) setDetail(res.data);
    else onError(res.error.message);
  };
  const approve = async () => {
    setBusy('approve');
    const res = await moves.move('lessons.approve', lesson.id);
    setBusy(undefined);
    if (res.ok) onDone(`“${lesson.title}”已通过审核并发布。`);
    else onError(res.error.message);
  };
  const sendBack = async () => {
    if (!reason.trim()) return setReasonError('请写上退回的原因，作者会看到');
    setBusy('return');
    const res = await moves.sendBack(lesson.id, reason.trim());
    setBusy(undefined);
    if (res.ok) onDone(`“${lesson.title}”已退回给${lesson.authorName}修改。`);
    else {
      setReasonError(res.error.fields?.reason);
      onError(res.error.message);
    }
  };

  return (
    <View className='srow srow--todo'>
      <Text className='srow-title'>{lesson.title}</Text>
      <Text className='srow-meta'>
        {categoryName(lesson.category)} · {lesson.audience === 'county' ? '全县' : lesson.branchName} · {lesson.authorName} · {shortDate(lesson.updatedAt)}提交
      </Text>
      <Text className='srow-meta'>简介：{lesson.summary}</Text>
      {detail ? (
        <View className='review-body'>
          {detail.body.map((b, i) =>
            b.type === 'image' ? (
              <Text key={i} className='srow-meta'>（图片）</Text>
            ) : (
              <Text key={i} className={b.type === 'heading' ? 'srow-title' : 'srow-meta'}>{b.text}</Text>
            ),
          )}
        </View>
      ) : (
        <BigButton kind='secondary' busy={busy === 'read'} busyText='正在打开…' onClick={() => void read()}>
          看全文
        </BigButton>
      )}
      <View className='srow-actions'>
        <BigButton busy={busy === 'approve'} busyText='正在发布…' onClick={() => void approve()}>
          通过，发布
        </BigButton>
        {!returning ? (
          <BigButton kind='secondary' onClick={() => setReturning(true)}>
            退回修改
          </BigButton>
        ) : (
          <View>
            <FormField label='退回原因' hint='作者会看到这句话' error={reasonError}>
              <TextBox label='退回原因' multiline value={reason} onChange={setReason} maxlength={200} placeholder='例如：第二段的提法请改得准确些' />
            </FormField>
            <BigButton kind='secondary' busy={busy === 'return'} busyText='正在退回…' onClick={() => void sendBack()}>
              退回给作者
            </BigButton>
          </View>
        )}
      </View>
    </View>
  );
}

import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ATTENDANCE_LABELS, ATTENDANCE_MARKS } from '@contract/session-words';
import type { AttendanceMark, SessionRosterRow } from '@contract/session-model';
import { BigButton, Card, CheckInCode, FormField, PagedList, PageShell, StatusText, TextBox, LoadState } from '../../../ui';
import { PhotoList, PhotoPicker, type PickedPhoto } from '../../../ui/PhotoPicker';
import { useSession } from '../../../features/study/use-sessions';
import { useSessionRoster, useSessionRun } from '../../../features/study/use-session-desk';
import { seatsWords, sessionTimeText, statusWords } from '../../../features/study/sessions-words';
import { CancelSession } from './CancelSession';
import { OpenAttendance } from './OpenAttendance';
import { WalkIn } from './WalkIn';
import '../../../features/study/sessions.scss';

/** One person on the roster: four big buttons 出席 / 迟到 / 请假 / 缺席; the chosen one is filled. */
function Row({ row, sessionId, open, onChanged }: { row: SessionRosterRow; sessionId: string; open: boolean; onChanged: (r: SessionRosterRow) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useSessionRun(sessionId);
  const mark = async (attendance: AttendanceMark) => {
    setBusy(true);
    const res = await run.mark(row.memberId, attendance);
    setBusy(false);
    if (res.ok) {
      onChanged(res.data);
      setError(null);
    } else setError(res.error.message);
  };
  const marked = row.attendance ? ATTENDANCE_LABELS[row.attendance] : '未登记';
  const state = row.walkIn ? `没报名，当场来的 · ${marked}` : !row.signedUp ? '已取消报名' : marked;
  return (
    <Card title={row.name} subtitle={`${state}${row.checkedInAt ? '（本人已输码签到）' : ''}`}>
      {error && <StatusText tone='error'>{error}</StatusText>}
      {open && (row.signedUp || row.walkIn) && (
        <View className='ses-marks' role='radiogroup' aria-label={`${row.name}的到场情况`}>
          {ATTENDANCE_MARKS.map((m) => (
            <View
              key={m}
              className={`ses-mark ${row.attendance === m ? 'ses-mark--on' : ''}`}
              role='radio'
              aria-checked={row.attendance === m ? 'true' : 'false'}
              aria-label={`${row.name} ${ATTENDANCE_LABELS[m]}`}
              onClick={() => !busy && void mark(m)}
            >
              <Text>{ATTENDANCE_LABELS[m]}</Text>
            </View>
          ))}
        </View>
      )}
    </Card>
  );
}

/** For the branch secretary: open attendance and show the code, mark people by hand, close with minutes. */
export default function RunSessionPage() {
  const sessionId = useRouter().params.id ?? '';
  const detail = useSession(sessionId);
  const list = useSessionRoster(sessionId);
  const run = useSessionRun(sessionId);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [minutes, setMinutes] = useState('');
  const [count, setCount] = useState('');
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const s = detail.state.data;

  const close = async () => {
    setBusy(true);
    const res = await run.close({ minutes, photoFileIds: photos.map((p) => p.fileID), ...(count.trim() ? { attendeeCount: Number(count) || 0 } : {}) });
    setBusy(false);
    if (res.ok) {
      detail.set(res.data);
      setErrors({});
      setMessage({ tone: 'ok', text: `小讲堂已结束。到场 ${res.data.attendeeCount ?? 0} 人，出席和迟到的老同志已记入学习记录。` });
    } else {
      setErrors(res.error.fields ?? {});
      setMessage({ tone: 'error', text: res.error.message });
    }
  };

  return (
    <PageShell title={s?.topic ?? '签到和登记'} back>
      <LoadState state={detail.state} fallback={'没有加载出来'} onRetry={() => void detail.reload()} />
      {s && (
        <Card title={statusWords(s)} subtitle={`${sessionTimeText(s.startAt)} · ${s.place}`}>
          {(s.status === 'scheduled' || s.status === 'attendance') && <Text className='ses-line'>已报名 {s.taken} 人，{seatsWords(s)}</Text>}
          {s.status === 'cancelled' && s.cancelReason && <Text className='ses-line'>取消原因：{s.cancelReason}</Text>}
        </Card>
      )}
      {s?.status === 'attendance' && s.code && (
        <Card title='签到码（请出示给到场的老同志）' tone='accent' id='session-code'>
          <CheckInCode code={s.code} />
          <Text className='ses-meta'>不会输码的老同志，请在下面名单里直接点“出席”。</Text>
        </Card>
      )}
      {s && (
        <OpenAttendance
          session={s}
          onChanged={(next, note) => {
            detail.set(next);
            setMessage({ tone: 'ok', text: note });
            void list.reload();
          }}
        />
      )}
      {s?.status === 'scheduled' && (
        <CancelSession
          sessionId={sessionId}
          onCancelled={(next, notified) => {
            detail.set(next);
            setMessage({ tone: 'ok', text: `这次小讲堂已取消，已通知报了名的${notified}位老同志。` });
          }}
        />
      )}
      {s?.status === 'attendance' && (
        <WalkIn
          sessionId={sessionId}
          onAdded={(row) => {
            // Already on the list (signed up, or added before): replace; else it joins the list.
            if (list.state.items.some((x) => x.memberId === row.memberId)) list.update((x) => x.memberId === row.memberId, row);
            else void list.reload();
          }}
        />
      )}
      {message && <StatusText tone={message.tone}>{message.text}</StatusText>}
      <View id='session-roster'>
        <PagedList
          state={list.state}
          keyOf={(r) => r.memberId}
          onRetry={() => void list.reload()}
          onMore={() => void list.loadMore()}
          emptyText='还没有人报名。'
          renderItem={(r) => (
            <Row row={r} sessionId={sessionId} open={s?.status === 'attendance'} onChanged={(next) => list.update((x) => x.memberId === next.memberId, next)} />
          )}
        />
      </View>
      {s?.status === 'attendance' && (
        <Card title='结束小讲堂' id='session-close'>
          <FormField label='讲堂纪要' hint='学了什么、大家说了什么' error={errors.minutes}>
            <TextBox value={minutes} onChange={setMinutes} multiline maxlength={1000} label='讲堂纪要' />
          </FormField>
          <FormField label='到场人数（不填就按名单上出席和迟到的人数）' error={errors.attendeeCount}>
            <TextBox value={count} onChange={setCount} type='number' maxlength={4} label='到场人数' />
          </FormField>
          <FormField label='现场照片（可不加，最多9张）' error={errors.photoFileIds}>
            <PhotoPicker id='session-photos' purpose='sessionPhoto' label='现场照片' value={photos} onChange={setPhotos} max={9} />
          </FormField>
          <BigButton busy={busy} onClick={() => void close()} id='session-close-submit'>结束并保存</BigButton>
        </Card>
      )}
      {s?.status === 'closed' && s.minutes && (
        <Card title='讲堂纪要'>
          <Text className='ses-line'>{s.minutes}</Text>
          <Text className='ses-meta'>到场 {s.attendeeCount ?? 0} 人（名单上登记 {s.markedCount ?? 0} 人）</Text>
          {s.photoUrls?.length ? (
            <PhotoList urls={s.photoUrls} label='现场照片' />
          ) : (
            !!s.photoFileIds?.length && <Text className='ses-meta'>现场照片 {s.photoFileIds.length} 张</Text>
          )}
        </Card>
      )}
    </PageShell>
  );
}

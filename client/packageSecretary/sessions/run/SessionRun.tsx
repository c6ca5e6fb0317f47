import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { SessionView } from '@contract/session-model';
import { BigButton, Card, CheckInCode, FormField, PagedList, StatusText, TextBox, LoadState } from '../../../ui';
import { PhotoList, PhotoPicker, type PickedPhoto } from '../../../ui/PhotoPicker';
import type { useSession } from '../../../features/study/use-sessions';
import { useSessionRoster, useSessionRun } from '../../../features/study/use-session-desk';
import { seatsWords, sessionTimeText, statusWords } from '../../../features/study/sessions-words';
import { useDesk } from '../../../features/desk/use-desk';
import { CancelSession } from './CancelSession';
import { OpenAttendance } from './OpenAttendance';
import { RosterDesk } from './RosterDesk';
import { RosterRow } from './RosterRow';
import { WalkIn } from './WalkIn';
import '../../../features/study/sessions.scss';

type Detail = ReturnType<typeof useSession>;

/**
 * One session, run by its secretary: open attendance and show the code, mark people by hand, close with
 * minutes. The run page shows it on its own; the desk's 院坝小讲堂 shows it under the list, with the
 * roster beside it as a table where several people are marked at once (RosterDesk).
 */
export function SessionRun({ sessionId, detail, onChanged }: { sessionId: string; detail: Detail; onChanged?: (s: SessionView) => void }) {
  const { wide } = useDesk();
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
      show(res.data);
      setErrors({});
      setMessage({ tone: 'ok', text: `小讲堂已结束。到场 ${res.data.attendeeCount ?? 0} 人，出席和迟到的老同志已记入学习记录。` });
    } else {
      setErrors(res.error.fields ?? {});
      setMessage({ tone: 'error', text: res.error.message });
    }
  };

  const show = (next: SessionView) => {
    detail.set(next);
    onChanged?.(next);
  };

  const head = (
    <>
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
            show(next);
            setMessage({ tone: 'ok', text: note });
            void list.reload();
          }}
        />
      )}
      {s?.status === 'scheduled' && (
        <CancelSession
          sessionId={sessionId}
          onCancelled={(next, notified) => {
            show(next);
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
    </>
  );
  const roster = wide ? (
    <RosterDesk sessionId={sessionId} list={list} open={s?.status === 'attendance'} />
  ) : (
    <View id='session-roster'>
      <PagedList
        state={list.state}
        keyOf={(r) => r.memberId}
        onRetry={() => void list.reload()}
        onMore={() => void list.loadMore()}
        emptyText='还没有人报名。'
        renderItem={(r) => (
          <RosterRow row={r} sessionId={sessionId} open={s?.status === 'attendance'} onChanged={(next) => list.update((x) => x.memberId === next.memberId, next)} />
        )}
      />
    </View>
  );
  const tail = (
    <>
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
    </>
  );

  // At the desk the session's own parts and the roster stand side by side; on the phone, one under the other.
  if (wide) {
    return (
      <View className='sesdesk-run'>
        <View className='sesdesk-run-side'>
          {head}
          {tail}
        </View>
        <View className='sesdesk-run-main'>{roster}</View>
      </View>
    );
  }
  return (
    <>
      {head}
      {roster}
      {tail}
    </>
  );
}

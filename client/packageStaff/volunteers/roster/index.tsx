import { Text, View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { SIGNUP_STATUS_LABELS } from '@contract/volunteer-words';
import type { Envelope } from '@contract/envelope';
import type { RosterRow } from '@contract/volunteer-model';
import { BigButton, Card, CheckInCode, FormField, PagedList, PageShell, StatusText, TextBox, LoadState } from '../../../ui';
import { useCheckCode, useRoster, useRosterMoves } from '../../../features/volunteers/use-volunteer-desk';
import { ROUTES } from '../../../features/navigation/routes';
import { openPage } from '../../../features/navigation/navigate';
import { dateTimeText, hoursText, spanText } from '../../../features/volunteers/format';
import { seatsText } from '../../../features/volunteers/words';
import { useDesk } from '../../../features/desk/use-desk';
import { RosterDesk } from './RosterDesk';
import '../../../features/volunteers/volunteers.scss';

const timeOf = (iso: string | null) => (iso ? dateTimeText(iso).slice(-5) : '—');

/** One roster row: attendance in words, mark in/out by hand, confirm a pending sign-up, correct hours. */
function Row({ row, activityId, onChanged }: { row: RosterRow; activityId: string; onChanged: (r: RosterRow) => void }) {
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(false);
  const [minutes, setMinutes] = useState(String(row.minutes ?? ''));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const moves = useRosterMoves(activityId, row.memberId);
  const done = (res: Envelope<RosterRow>) => {
    setBusy(false);
    if (res.ok) {
      onChanged(res.data);
      setEditing(false);
      setError(null);
    } else {
      setError(res.error.message);
      setFieldErrors(res.error.fields ?? {});
    }
  };
  const mark = async (step: 'in' | 'out') => {
    setBusy(true);
    done(await moves.mark(step));
  };
  const decide = async (approve: boolean) => {
    setBusy(true);
    done(await moves.decide(approve));
  };
  const correct = async () => {
    setBusy(true);
    done(await moves.correct(Number(minutes) || 0, reason));
  };
  const status = row.status === 'waiting' ? `候补第${row.waitingPosition}位` : SIGNUP_STATUS_LABELS[row.status];
  return (
    <Card title={row.memberName} subtitle={`${row.branchName} · ${status}`}>
      {row.status === 'confirmed' && (
        <Text className='vol-line'>
          签到 {timeOf(row.checkInAt)} · 签退 {timeOf(row.checkOutAt)} · 时长 {row.minutes === null ? '未记录' : hoursText(row.minutes)}
          {row.corrected ? `（已更正：${row.correctionReason ?? ''}）` : ''}
        </Text>
      )}
      {error && <StatusText tone='error'>{error}</StatusText>}
      <View className='vol-row-actions'>
        {row.status === 'pending' && <BigButton inline busy={busy} onClick={() => void decide(true)}>确认报名</BigButton>}
        {row.status === 'pending' && <BigButton inline kind='secondary' busy={busy} onClick={() => void decide(false)}>婉拒</BigButton>}
        {row.status === 'confirmed' && !row.checkInAt && <BigButton inline busy={busy} onClick={() => void mark('in')}>登记签到</BigButton>}
        {row.status === 'confirmed' && row.checkInAt && !row.checkOutAt && <BigButton inline busy={busy} onClick={() => void mark('out')}>登记签退</BigButton>}
        {row.status === 'confirmed' && !editing && <BigButton inline kind='secondary' onClick={() => setEditing(true)}>更正时长</BigButton>}
      </View>
      {editing && (
        <View>
          <FormField label='服务时长（分钟）' error={fieldErrors.minutes}><TextBox value={minutes} onChange={setMinutes} type='number' maxlength={4} label='服务时长（分钟）' /></FormField>
          <FormField label='更正原因' error={fieldErrors.reason}><TextBox value={reason} onChange={setReason} maxlength={100} label='更正原因' /></FormField>
          <BigButton busy={busy} onClick={() => void correct()}>保存更正</BigButton>
        </View>
      )}
    </Card>
  );
}

/**
 * For the team's leaders and staff: the check-in code to show at the place, and the roster; at a wide desk
 * the roster is a ticked table that confirms, checks in or out several people at once (RosterDesk).
 */
export default function RosterPage() {
  const activityId = useRouter().params.id ?? '';
  const { wide } = useDesk();
  const code = useCheckCode(activityId);
  const list = useRoster(activityId);
  const a = code.state.data?.activity;
  // Back from 修改或取消: show the activity as it is now (the first show is the mount's own load).
  const shownOnce = useRef(false);
  useDidShow(() => {
    if (shownOnce.current) void code.reload();
    shownOnce.current = true;
  });
  return (
    <PageShell title={a?.title ?? '报名和签到'} back>
      <LoadState state={code.state} fallback={'没有加载出来'} onRetry={() => void code.reload()} />
      {code.state.data && a && (
        <Card title='签到码（请出示给到场的老同志）' tone='accent' id='check-code'>
          <CheckInCode code={code.state.data.code} />
          <Text className='vol-meta'>{spanText(a.startAt, a.endAt)} · {a.place}</Text>
          <Text className='vol-meta'>{seatsText(a)}</Text>
        </Card>
      )}
      {a && (a.phase === 'open' || a.phase === 'closed') && (
        <BigButton kind='secondary' id='roster-edit' onClick={() => openPage(`${ROUTES.volunteerEdit}?id=${activityId}`)}>修改或取消这次活动</BigButton>
      )}
      {a?.phase === 'cancelled' && <StatusText tone='warn'>{`这次活动已取消${a.cancelReason ? `：${a.cancelReason}` : ''}`}</StatusText>}
      {wide ? (
        <RosterDesk activityId={activityId} list={list} />
      ) : (
        <View id='roster'>
          <PagedList
            state={list.state}
            keyOf={(r) => r.memberId}
            onRetry={() => void list.reload()}
            onMore={() => void list.loadMore()}
            emptyText='还没有人报名。'
            renderItem={(r) => <Row row={r} activityId={activityId} onChanged={(next) => list.update((x) => x.memberId === next.memberId, next)} />}
          />
        </View>
      )}
    </PageShell>
  );
}

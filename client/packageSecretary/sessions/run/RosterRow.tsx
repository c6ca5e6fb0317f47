import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ATTENDANCE_LABELS, ATTENDANCE_MARKS } from '@contract/session-words';
import type { AttendanceMark, SessionRosterRow } from '@contract/session-model';
import { Card, StatusText } from '../../../ui';
import { useSessionRun } from '../../../features/study/use-session-desk';

/** One person on the roster: four big buttons 出席 / 迟到 / 请假 / 缺席; the chosen one is filled. */
export function RosterRow({ row, sessionId, open, onChanged }: { row: SessionRosterRow; sessionId: string; open: boolean; onChanged: (r: SessionRosterRow) => void }) {
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

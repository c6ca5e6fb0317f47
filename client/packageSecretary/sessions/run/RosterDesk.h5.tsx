import { ATTENDANCE_LABELS, ATTENDANCE_MARKS } from '@contract/session-words';
import type { AttendanceMark, SessionRosterRow } from '@contract/session-model';
import { StatusText } from '../../../ui';
import type { DeskColumn } from '../../../features/desk/DeskTable';
import { PagedDeskTable } from '../../../features/desk/PagedDeskTable';
import { retryWords, useRosterTicks } from '../../../features/desk/use-roster-ticks';
import { useBulkMark } from '../../../features/study/use-session-desk';
import type { RosterDeskProps } from './RosterDesk';
import '../sessions-desk.scss';

const markedWords = (r: SessionRosterRow): string => {
  const marked = r.attendance ? ATTENDANCE_LABELS[r.attendance] : '未登记';
  return r.checkedInAt ? `${marked}（本人输码签到）` : marked;
};

const signedWords = (r: SessionRosterRow): string => (r.walkIn ? '当场来的' : r.signedUp ? '已报名' : '已取消报名');

/**
 * H5: the roster as a table. Tick people (Space on a row, or the header for everyone), then 标为出席 /
 * 迟到 / 请假 / 缺席: one sessions.mark per person, a few at a time (useBulkMark), each row saying how its
 * own went. A row that went through is unticked; one that did not keeps its tick and its reason, so a
 * second press sends only those again.
 */
export function RosterDesk({ sessionId, list, open }: RosterDeskProps) {
  const bulk = useBulkMark(sessionId);
  const roster = useRosterTicks<SessionRosterRow>((memberId, row) => list.update((x) => x.memberId === memberId, row));
  const { ticked, busy, summary } = roster;
  const rows = list.state.items;
  const markable = (r: SessionRosterRow) => open && (r.signedUp || !!r.walkIn);

  const mark = (attendance: AttendanceMark) => {
    const label = ATTENDANCE_LABELS[attendance];
    const words = { row: `已标为${label}`, allDone: (n: number) => `${n}人已标为${label}。`, someFailed: retryWords('已标好', '没有标上') };
    const ids = rows.filter((r) => ticked.has(r.memberId) && markable(r)).map((r) => r.memberId);
    return roster.run(ids, words, (heard) => bulk(ids, attendance, heard));
  };

  const columns: DeskColumn<SessionRosterRow>[] = [
    { key: 'name', label: '姓名', cell: (r) => r.name, sortValue: (r) => r.name, width: '6em' },
    { key: 'signed', label: '报名', cell: signedWords, sortValue: (r) => r.signedAt, width: '6.5em' },
    { key: 'mark', label: '到场', cell: markedWords, sortValue: (r) => (r.attendance ? ATTENDANCE_MARKS.indexOf(r.attendance) : 9) },
    roster.resultColumn((r) => r.memberId, '这次标记', 'roster-result'),
  ];

  const chosen = rows.filter((r) => ticked.has(r.memberId) && markable(r)).length;
  return (
    <div className='sesdesk-roster' id='session-roster'>
      {open && (
        <div className='desk-bulk' role='group' aria-label='给选中的人标记到场情况'>
          <span className='desk-chosen' id='roster-chosen'>{chosen > 0 ? `已选${chosen}人` : '先在名单里打勾选人（空格键也能勾）'}</span>
          {ATTENDANCE_MARKS.map((m) => (
            <button key={m} type='button' className='desk-button' id={`roster-mark-${m}`} disabled={busy || chosen === 0} onClick={() => void mark(m)}>
              {busy ? '正在标记…' : `标为${ATTENDANCE_LABELS[m]}`}
            </button>
          ))}
        </div>
      )}
      {summary && <StatusText tone={summary.tone} id='roster-summary'>{summary.text}</StatusText>}
      <PagedDeskTable
        id='session-roster-desk'
        list={list}
        caption={(n) => `名单（${n}人）`}
        columns={columns}
        rowKey={(r) => r.memberId}
        ticked={open ? ticked : undefined}
        onTick={open ? roster.setTicked : undefined}
        canTick={markable}
        empty='还没有人报名。'
        moreLabel='再读50人'
      />
    </div>
  );
}

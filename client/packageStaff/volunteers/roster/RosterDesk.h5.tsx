import type { RosterRow } from '@contract/volunteer-model';
import { SIGNUP_STATUS_LABELS } from '@contract/volunteer-words';
import { StatusText } from '../../../ui';
import type { DeskColumn } from '../../../features/desk/DeskTable';
import { PagedDeskTable } from '../../../features/desk/PagedDeskTable';
import { retryWords, useRosterTicks } from '../../../features/desk/use-roster-ticks';
import { dateTimeText, hoursText } from '../../../features/volunteers/format';
import { useRosterBulk } from '../../../features/volunteers/use-volunteer-desk';
import type { RosterDeskProps } from './RosterDesk';
import '../../../features/desk/desk-parts.scss';

type Move = 'confirm' | 'in' | 'out';

/** The three roster moves a leader makes for many people at once, and who each one applies to. */
const MOVES: ReadonlyArray<{ key: Move; label: string; done: string; applies: (r: RosterRow) => boolean }> = [
  { key: 'confirm', label: '确认报名', done: '已确认报名', applies: (r) => r.status === 'pending' },
  { key: 'in', label: '登记签到', done: '已登记签到', applies: (r) => r.status === 'confirmed' && !r.checkInAt },
  { key: 'out', label: '登记签退', done: '已登记签退', applies: (r) => r.status === 'confirmed' && !!r.checkInAt && !r.checkOutAt },
];
const movable = (r: RosterRow) => MOVES.some((m) => m.applies(r));

const timeOf = (iso: string | null) => (iso ? dateTimeText(iso).slice(-5) : '—');
const statusWords = (r: RosterRow) => (r.status === 'waiting' ? `候补第${r.waitingPosition}位` : SIGNUP_STATUS_LABELS[r.status]);

/**
 * H5: the roster as a table. Tick people (Space on a row, or the header for all who can be moved), then
 * 确认报名 / 登记签到 / 登记签退: the phone's own decideSignUp / markAttendance, once per person, a few at a
 * time (useRosterBulk), each row saying how its own went. A row that went through is unticked; one that did
 * not keeps its tick and its reason, so a second press sends only those again, with the same requestId
 * where the first answer was lost.
 */
export function RosterDesk({ activityId, list }: RosterDeskProps) {
  const bulk = useRosterBulk(activityId);
  const roster = useRosterTicks<RosterRow>((memberId, row) => list.update((x) => x.memberId === memberId, row));
  const { ticked, busy, summary } = roster;
  const rows = list.state.items;

  const run = (move: (typeof MOVES)[number]) => {
    const ids = rows.filter((r) => ticked.has(r.memberId) && move.applies(r)).map((r) => r.memberId);
    const words = { row: move.done, allDone: (n: number) => `${n}人${move.done}。`, someFailed: retryWords('已办好', '没有办成') };
    return roster.run(ids, words, (heard) => (move.key === 'confirm' ? bulk.confirm(ids, heard) : bulk.mark(ids, move.key, heard)));
  };

  const columns: DeskColumn<RosterRow>[] = [
    { key: 'name', label: '姓名', cell: (r) => r.memberName, sortValue: (r) => r.memberName, width: '6em' },
    { key: 'branch', label: '支部', cell: (r) => r.branchName, sortValue: (r) => r.branchName },
    { key: 'status', label: '报名', cell: statusWords, sortValue: (r) => `${r.status}${String(r.waitingPosition ?? 0).padStart(4, '0')}`, width: '9em' },
    { key: 'in', label: '签到', cell: (r) => timeOf(r.checkInAt), sortValue: (r) => r.checkInAt ?? '', width: '4.5em' },
    { key: 'out', label: '签退', cell: (r) => timeOf(r.checkOutAt), sortValue: (r) => r.checkOutAt ?? '', width: '4.5em' },
    { key: 'minutes', label: '时长', cell: (r) => (r.minutes === null ? '—' : `${hoursText(r.minutes)}${r.corrected ? '（已更正）' : ''}`), sortValue: (r) => r.minutes ?? -1, width: '7em' },
    roster.resultColumn((r) => r.memberId, '这次办理', 'vol-roster-result'),
  ];

  const chosen = rows.filter((r) => ticked.has(r.memberId));
  return (
    <div id='vol-roster-desk-box'>
      <div className='desk-bulk' role='group' aria-label='给勾选的人办理报名和签到'>
        <span className='desk-chosen' id='vol-roster-chosen'>{chosen.length > 0 ? `已选${chosen.length}人` : '先在名单里打勾选人（空格键也能勾）'}</span>
        {MOVES.map((m) => {
          const n = chosen.filter(m.applies).length;
          return (
            <button key={m.key} type='button' className='desk-button' id={`vol-roster-${m.key}`} disabled={busy || n === 0} onClick={() => void run(m)}>
              {busy ? '正在办理…' : `${m.label}${n ? ` ${n}人` : ''}`}
            </button>
          );
        })}
      </div>
      {summary && <StatusText tone={summary.tone} id='vol-roster-summary'>{summary.text}</StatusText>}
      <PagedDeskTable
        id='vol-roster-desk'
        list={list}
        caption={(n) => `名单（${n}人；签到签退也可以在现场让老同志自己输码）`}
        columns={columns}
        rowKey={(r) => r.memberId}
        ticked={ticked}
        onTick={roster.setTicked}
        canTick={movable}
        empty='还没有人报名。'
        moreLabel='再读50人'
      />
    </div>
  );
}

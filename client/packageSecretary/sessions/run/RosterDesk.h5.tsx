import { useState } from 'react';
import { ATTENDANCE_LABELS, ATTENDANCE_MARKS } from '@contract/session-words';
import type { AttendanceMark, SessionRosterRow } from '@contract/session-model';
import { LoadFailed, StatusText } from '../../../ui';
import { DeskTable, type DeskColumn } from '../../../features/desk/DeskTable';
import { useBulkMark } from '../../../features/study/use-session-desk';
import type { RosterDeskProps } from './RosterDesk';
import '../sessions-desk.scss';

type Result = { ok: boolean; text: string };

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
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [results, setResults] = useState<Record<string, Result>>({});
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<{ tone: 'ok' | 'warn'; text: string } | null>(null);
  const rows = list.state.items;
  const markable = (r: SessionRosterRow) => open && (r.signedUp || !!r.walkIn);

  const mark = async (attendance: AttendanceMark) => {
    const ids = rows.filter((r) => ticked.has(r.memberId) && markable(r)).map((r) => r.memberId);
    if (ids.length === 0 || busy) return;
    setBusy(true);
    setSummary(null);
    let done = 0;
    let failed = 0;
    await bulk(ids, attendance, (memberId, answer) => {
      if (answer.ok) {
        done += 1;
        list.update((x) => x.memberId === memberId, answer.data);
        setTicked((t) => {
          const next = new Set(t);
          next.delete(memberId);
          return next;
        });
        setResults((r) => ({ ...r, [memberId]: { ok: true, text: `已标为${ATTENDANCE_LABELS[attendance]}` } }));
      } else {
        failed += 1;
        setResults((r) => ({ ...r, [memberId]: { ok: false, text: answer.error.message } }));
      }
    });
    setBusy(false);
    setSummary(
      failed === 0
        ? { tone: 'ok', text: `${done}人已标为${ATTENDANCE_LABELS[attendance]}。` }
        : { tone: 'warn', text: `${done}人已标好，${failed}人没有标上（原因写在那一行），勾还留着，再点一次只重试这${failed}人。` },
    );
  };

  const columns: DeskColumn<SessionRosterRow>[] = [
    { key: 'name', label: '姓名', cell: (r) => r.name, sortValue: (r) => r.name, width: '6em' },
    { key: 'signed', label: '报名', cell: signedWords, sortValue: (r) => r.signedAt, width: '6.5em' },
    { key: 'mark', label: '到场', cell: markedWords, sortValue: (r) => (r.attendance ? ATTENDANCE_MARKS.indexOf(r.attendance) : 9) },
    {
      key: 'result',
      label: '这次标记',
      cell: (r) => {
        const res = results[r.memberId];
        if (!res) return '';
        return <span id={`roster-result-${r.memberId}`} className={res.ok ? 'desk-ok' : 'desk-failed'}>{res.text}</span>;
      },
    },
  ];

  if (list.state.status === 'loading') return <StatusText tone='info'>正在读取名单…</StatusText>;
  if (list.state.status === 'error') return <LoadFailed error={list.state.error} onRetry={() => void list.reload()} />;
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
      <DeskTable
        id='session-roster-desk'
        caption={`名单（${rows.length}${list.state.hasMore ? '+' : ''}人）`}
        rows={rows}
        columns={columns}
        rowKey={(r) => r.memberId}
        ticked={open ? ticked : undefined}
        onTick={open ? setTicked : undefined}
        canTick={markable}
        empty='还没有人报名。'
      />
      {list.state.hasMore && (
        <button type='button' className='desk-button desk-more' disabled={list.state.loadingMore} onClick={() => void list.loadMore()}>
          {list.state.loadingMore ? '正在读取…' : '再读50人'}
        </button>
      )}
    </div>
  );
}

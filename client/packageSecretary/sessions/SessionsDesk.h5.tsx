import { useEffect, useState } from 'react';
import type { SessionView } from '@contract/session-model';
import type { DeskColumn } from '../../features/desk/DeskTable';
import { DeskChips } from '../../features/desk/DeskChips';
import { PagedDeskTable } from '../../features/desk/PagedDeskTable';
import { ROUTES } from '../../features/navigation/routes';
import { openPage } from '../../features/navigation/navigate';
import { useSession } from '../../features/study/use-sessions';
import { sessionTimeText, statusWords } from '../../features/study/sessions-words';
import { SessionRun } from './run/SessionRun';
import type { SessionsDeskProps } from './SessionsDesk';
import './sessions-desk.scss';

type Filter = 'coming' | 'past' | 'all';
const FILTERS: ReadonlyArray<{ key: Filter; label: string }> = [
  { key: 'coming', label: '即将' },
  { key: 'past', label: '已结束' },
  { key: 'all', label: '全部' },
];
const isComing = (s: SessionView) => s.status === 'scheduled' || s.status === 'attendance';
const shows = (filter: Filter, s: SessionView) => filter === 'all' || (filter === 'coming') === isComing(s);

const COLUMNS: DeskColumn<SessionView>[] = [
  { key: 'startAt', label: '日期时间', cell: (s) => sessionTimeText(s.startAt), sortValue: (s) => s.startAt, width: '11em' },
  { key: 'topic', label: '题目', cell: (s) => s.topic, sortValue: (s) => s.topic },
  { key: 'place', label: '地点', cell: (s) => s.place, sortValue: (s) => s.place, width: '8em' },
  {
    key: 'seats',
    label: '报名/名额',
    cell: (s) => (s.status === 'closed' ? `到场${s.attendeeCount ?? 0}人` : `${s.taken}/${s.capacity}`),
    sortValue: (s) => s.taken,
    width: '6em',
  },
  { key: 'status', label: '状态', cell: statusWords, sortValue: (s) => statusWords(s), width: '5em' },
];

/** The session open beside the table, read afresh; what changes there updates its row. */
function OpenSession({ id, onChanged }: { id: string; onChanged: (s: SessionView) => void }) {
  const detail = useSession(id);
  return (
    <div className='desk-panel' id='sessions-desk-open' role='region' aria-label='打开的小讲堂'>
      <h2 className='desk-panel-title'>{detail.state.data?.topic ?? '小讲堂'}</h2>
      <SessionRun sessionId={id} detail={detail} onChanged={onChanged} />
    </div>
  );
}

/**
 * H5: the secretary's sessions as a sortable table (即将 / 已结束 / 全部), the one opened (Enter or a click)
 * run under it with the same parts as the phone's run page, its roster beside them.
 */
export function SessionsDesk({ list, openId }: SessionsDeskProps) {
  const [filter, setFilter] = useState<Filter>('coming');
  const [open, setOpen] = useState<string | undefined>(openId);
  const rows = list.state.items.filter((s) => shows(filter, s));
  useEffect(() => {
    // The open one is under the table: bring it into view when another is chosen.
    if (open && open !== openId) document.getElementById('sessions-desk-open')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [open, openId]);
  return (
    <div className='sesdesk' id='sessions-desk'>
      <div className='sesdesk-list'>
        <div className='desk-tools'>
          <button type='button' className='desk-button desk-button--main' id='session-new' onClick={() => openPage(ROUTES.secretarySessionSchedule)}>
            安排一次小讲堂
          </button>
          <DeskChips label='看哪些小讲堂' options={FILTERS} value={filter} onChange={setFilter} idPrefix='sessions-filter' />
        </div>
        <PagedDeskTable
          id='sessions-table'
          list={list}
          rows={rows}
          caption={(n) => `${FILTERS.find((f) => f.key === filter)?.label}的小讲堂（${n}次）`}
          columns={COLUMNS}
          rowKey={(s) => s.id}
          current={open}
          onOpen={(s) => setOpen(s.id)}
          empty={filter === 'past' ? '还没有结束的小讲堂。' : '没有要办的小讲堂，可以点“安排一次小讲堂”。'}
        />
      </div>
      {open ? (
        <OpenSession key={open} id={open} onChanged={(s) => list.update((x) => x.id === s.id, s)} />
      ) : (
        <div className='desk-panel desk-panel--empty'>
          <p>在上面的表里点一次小讲堂（或用 ↑↓ 选中后按回车），签到、名单和纪要就在这里。</p>
        </div>
      )}
    </div>
  );
}

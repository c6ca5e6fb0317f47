import { useState } from 'react';
import type { ActivityView } from '@contract/volunteer-model';
import { PHASE_LABELS } from '@contract/volunteer-words';
import { CheckInCode, LoadFailed, StatusText } from '../../../ui';
import type { DeskColumn } from '../../../features/desk/DeskTable';
import { PagedDeskTable } from '../../../features/desk/PagedDeskTable';
import { ROUTES } from '../../../features/navigation/routes';
import { openPage } from '../../../features/navigation/navigate';
import { useCheckCode, useRoster } from '../../../features/volunteers/use-volunteer-desk';
import { dateTimeText, spanText } from '../../../features/volunteers/format';
import { RosterDesk } from '../roster/RosterDesk';
import type { ActivitiesDeskProps } from './ActivitiesDesk';
import '../../../features/desk/desk-parts.scss';
import './activities-desk.scss';

const COLUMNS: DeskColumn<ActivityView>[] = [
  { key: 'startAt', label: '时间', cell: (a) => dateTimeText(a.startAt), sortValue: (a) => a.startAt, width: '11em' },
  { key: 'title', label: '活动', cell: (a) => a.title, sortValue: (a) => a.title },
  { key: 'place', label: '地点', cell: (a) => a.place, sortValue: (a) => a.place, width: '9em' },
  { key: 'seats', label: '报名/名额', cell: (a) => `${a.taken}/${a.capacity}${a.waitingCount ? `，候补${a.waitingCount}` : ''}`, sortValue: (a) => a.taken, width: '8em' },
  { key: 'phase', label: '状态', cell: (a) => PHASE_LABELS[a.phase], sortValue: (a) => a.phase, width: '6em' },
];

/** The activity open under the table: the code to show at the place, and its roster as a ticked table. */
function OpenActivity({ id }: { id: string }) {
  const code = useCheckCode(id);
  const roster = useRoster(id);
  const a = code.state.data?.activity;
  return (
    <div className='desk-panel' id='vol-desk-open' role='region' aria-label='打开的活动'>
      <h2 className='desk-panel-title'>{a?.title ?? '活动'}</h2>
      {code.state.status === 'error' && <LoadFailed error={code.state.error} onRetry={() => void code.reload()} />}
      {a && code.state.data && (
        <div className='voldesk-head'>
          <div className='voldesk-code' id='vol-desk-code'>
            <CheckInCode code={code.state.data.code} />
          </div>
          <div className='voldesk-facts'>
            <p>{spanText(a.startAt, a.endAt)}</p>
            <p>{a.place}</p>
            {a.phase === 'cancelled' && <StatusText tone='warn'>{`这次活动已取消${a.cancelReason ? `：${a.cancelReason}` : ''}`}</StatusText>}
            {(a.phase === 'open' || a.phase === 'closed') && (
              <button type='button' className='desk-button' id='vol-desk-edit' onClick={() => openPage(`${ROUTES.volunteerEdit}?id=${id}`)}>
                修改或取消这次活动
              </button>
            )}
          </div>
        </div>
      )}
      <RosterDesk activityId={id} list={roster} />
    </div>
  );
}

/**
 * H5: a team's coming activities as a sortable table, 发布新活动 above it; the one opened (Enter or a
 * click) under it, with the same check-in code and the roster where several people are confirmed, checked
 * in or out at once.
 */
export function ActivitiesDesk({ teamId, list }: ActivitiesDeskProps) {
  const [open, setOpen] = useState<string | undefined>();
  return (
    <div className='voldesk' id='vol-desk'>
      <div className='voldesk-list'>
        <div className='desk-tools'>
          <button type='button' className='desk-button desk-button--main' id='vol-desk-post' onClick={() => openPage(`${ROUTES.volunteerPost}?teamId=${teamId}`)}>
            发布新活动
          </button>
        </div>
        <PagedDeskTable
          id='vol-desk-table'
          list={list}
          caption={(n) => `近期活动（${n}次；↑↓ 选择，回车打开）`}
          columns={COLUMNS}
          rowKey={(a) => a.id}
          current={open}
          onOpen={(a) => setOpen(a.id)}
          empty='还没有近期活动，可以点“发布新活动”。'
        />
      </div>
      {open ? (
        <OpenActivity key={open} id={open} />
      ) : (
        <div className='desk-panel desk-panel--empty'>
          <p>在上面的表里点一次活动（或用 ↑↓ 选中后按回车），签到码和名单就在这里。</p>
        </div>
      )}
    </div>
  );
}

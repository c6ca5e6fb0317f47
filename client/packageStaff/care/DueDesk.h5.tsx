import type { VisitView } from '@contract/care-model';
import type { DeskColumn } from '../../features/desk/DeskTable';
import { PagedDeskTable } from '../../features/desk/PagedDeskTable';
import { monthDay } from '../../features/ideas/format';
import { ROUTES } from '../../features/navigation/routes';
import { openPage } from '../../features/navigation/navigate';
import type { DueDeskProps } from './DueDesk';
import '../../features/desk/desk-parts.scss';

const COLUMNS: DeskColumn<VisitView>[] = [
  { key: 'name', label: '姓名', cell: (v) => v.memberName, sortValue: (v) => v.memberName, width: '5em' },
  { key: 'branch', label: '支部', cell: (v) => v.branchName, sortValue: (v) => v.branchName, width: '9em' },
  { key: 'occasion', label: '走访事由', cell: (v) => v.occasionLabel, sortValue: (v) => v.occasionLabel, width: '7em' },
  {
    key: 'due',
    label: '期限',
    cell: (v) => (v.overdue ? <span className='desk-failed'>{`${monthDay(v.dueBy)} 已超期`}</span> : `${monthDay(v.dueBy)}前`),
    // Overdue first (督办), then the nearest day.
    sortValue: (v) => `${v.overdue ? 0 : 1}${v.dueBy}`,
    width: '7.5em',
  },
  { key: 'said', label: '谁报的·说了什么', cell: (v) => (v.reportNote ? `${v.reportedBy ?? ''}：${v.reportNote}` : '—') },
];

/**
 * H5: the visits due as a sortable table, overdue first; Enter or a click opens that person's 服务台账,
 * where the visit is recorded (the same page as on the phone, in the desk frame).
 */
export function DueDesk({ list }: DueDeskProps) {
  return (
    <div id='care-due-desk-box'>
      <PagedDeskTable
        id='care-due-desk'
        list={list}
        caption={(n) => `共${n}人（↑↓ 选择，回车打开服务台账）`}
        columns={COLUMNS}
        rowKey={(v) => v.id}
        onOpen={(v) => openPage(`${ROUTES.careLedger}?id=${v.memberId}`)}
        empty='现在没有要走访的。'
        moreLabel='再读10人'
      />
    </div>
  );
}

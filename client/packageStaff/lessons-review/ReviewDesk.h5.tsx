import { useState } from 'react';
import type { LessonSummary } from '@contract/lesson-model';
import { StatusText } from '../../ui';
import type { DeskColumn } from '../../features/desk/DeskTable';
import { PagedDeskTable } from '../../features/desk/PagedDeskTable';
import { shortDate } from '../../features/study/labels';
import { ReviewRow } from './ReviewRow';
import type { ReviewDeskProps } from './ReviewDesk';
import '../../features/desk/desk-parts.scss';

/**
 * H5: the held lessons as a sortable table (↑/↓, Enter opens); the one opened beside it with the phone's
 * review row — 看全文, 通过，发布 or 退回修改 — and, once decided, what was done in its row of the table.
 */
export function ReviewDesk({ list, decided, onDone, onError }: ReviewDeskProps) {
  const [open, setOpen] = useState<string | undefined>();
  const current = list.state.items.find((l) => l.id === open);
  // Few columns: the category, audience and text are in the pane, which is where the lesson is read.
  const columns: DeskColumn<LessonSummary>[] = [
    { key: 'title', label: '课程', cell: (l) => l.title, sortValue: (l) => l.title },
    { key: 'author', label: '作者', cell: (l) => l.authorName, sortValue: (l) => l.authorName, width: '5em' },
    { key: 'updated', label: '提交日', cell: (l) => shortDate(l.updatedAt), sortValue: (l) => l.updatedAt, width: '6em' },
    { key: 'done', label: '结果', cell: (l) => (decided[l.id] ? <span className='desk-ok'>已办</span> : '待审'), sortValue: (l) => (decided[l.id] ? 1 : 0), width: '4em' },
  ];
  return (
    <div className='desk-split' id='review-desk'>
      <div>
        <PagedDeskTable
          id='review-table'
          list={list}
          caption={(n) => `等待审核的课程（${n}课；↑↓ 选择，回车打开）`}
          columns={columns}
          rowKey={(l) => l.id}
          current={open}
          onOpen={(l) => setOpen(l.id)}
          empty='没有等待审核的课程。'
        />
      </div>
      {current ? (
        <div className='desk-panel' id='review-desk-open' role='region' aria-label='审核这一课'>
          {decided[current.id] ? (
            <StatusText tone='ok'>{decided[current.id]}</StatusText>
          ) : (
            <ReviewRow key={current.id} lesson={current} onDone={(text) => onDone(current, text)} onError={onError} />
          )}
        </div>
      ) : (
        <div className='desk-panel desk-panel--empty'>
          <p>在左边的表里点一课（或用 ↑↓ 选中后按回车），读一读再决定通过还是退回。</p>
        </div>
      )}
    </div>
  );
}

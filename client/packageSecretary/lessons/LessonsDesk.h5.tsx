import { useState } from 'react';
import { LESSON_STATUSES } from '@contract/lesson-words';
import type { LessonSummary } from '@contract/lesson-model';
import type { DeskColumn } from '../../features/desk/DeskTable';
import { DeskChips } from '../../features/desk/DeskChips';
import { PagedDeskTable } from '../../features/desk/PagedDeskTable';
import { categoryName, shortDate } from '../../features/study/labels';
import { ROUTES } from '../../features/navigation/routes';
import { openPage } from '../../features/navigation/navigate';
import type { LessonMove, LessonsDeskProps } from './LessonsDesk';
import '../../features/desk/desk-parts.scss';

/** A lesson's state in a table cell: short, since the phone's sentence (草稿，还没有发布) would wrap. */
const STATUS_WORDS: Record<LessonSummary['status'], string> = { draft: '草稿', published: '已发布', withdrawn: '已撤回', held: '待审核' };

type Filter = 'all' | LessonSummary['status'];
const FILTERS: ReadonlyArray<{ key: Filter; label: string }> = [{ key: 'all', label: '全部' }, ...LESSON_STATUSES.map((s) => ({ key: s, label: STATUS_WORDS[s] }))];

/**
 * H5: the lessons as a sortable table filtered by state, each row's moves in its last column — 修改 / 发布 for
 * a draft, 谁学了 / 撤回 for a published one, 改回草稿 for one withdrawn or held — the same moves as the phone's
 * rows. Enter on a row opens it in the editor (a draft) or its study progress (a published one).
 */
export function LessonsDesk({ list, act }: LessonsDeskProps) {
  const [filter, setFilter] = useState<Filter>('all');
  const [busy, setBusy] = useState<string | null>(null);
  const rows = list.state.items.filter((l) => filter === 'all' || l.status === filter);
  const run = async (action: LessonMove, l: LessonSummary) => {
    setBusy(l.id);
    await act(action, l);
    setBusy(null);
  };
  const button = (label: string, onClick: () => void, l: LessonSummary, main = false) => (
    <button
      type='button'
      className={main ? 'desk-button desk-button--main' : 'desk-button'}
      disabled={busy === l.id}
      onClick={onClick}
    >
      {label}
    </button>
  );
  const columns: DeskColumn<LessonSummary>[] = [
    { key: 'title', label: '课程', cell: (l) => l.title, sortValue: (l) => l.title },
    { key: 'category', label: '类别', cell: (l) => categoryName(l.category), sortValue: (l) => l.category, width: '8em' },
    { key: 'audience', label: '给谁看', cell: (l) => (l.audience === 'county' ? '全县' : (l.branchName ?? '本支部')), sortValue: (l) => l.audience, width: '7em' },
    {
      key: 'status',
      label: '状态',
      cell: (l) => (l.returnReason && l.status === 'draft' ? <span className='desk-failed'>{`退回：${l.returnReason}`}</span> : STATUS_WORDS[l.status]),
      sortValue: (l) => LESSON_STATUSES.indexOf(l.status),
      width: '8em',
    },
    { key: 'updated', label: '修改日', cell: (l) => shortDate(l.updatedAt), sortValue: (l) => l.updatedAt, width: '6em' },
    {
      key: 'moves',
      label: '办理',
      width: '15em',
      cell: (l) => (
        <span className='desk-filter' id={`lesson-desk-moves-${l.id}`}>
          {l.status === 'draft' && button('修改', () => openPage(`${ROUTES.secretaryLessonEdit}?id=${l.id}`), l)}
          {l.status === 'draft' && button('发布', () => void run('lessons.publish', l), l, true)}
          {l.status === 'published' && button('谁学了', () => openPage(`${ROUTES.secretaryLessonProgress}?id=${l.id}`), l)}
          {l.status === 'published' && button('撤回', () => void run('lessons.withdraw', l), l)}
          {(l.status === 'withdrawn' || l.status === 'held') && button('改回草稿', () => void run('lessons.toDraft', l), l)}
        </span>
      ),
    },
  ];
  return (
    <div id='lessons-desk'>
      <div className='desk-tools'>
        <DeskChips label='看哪些课程' options={FILTERS} value={filter} onChange={setFilter} idPrefix='lessons-filter' />
      </div>
      <PagedDeskTable
        id='lessons-table'
        list={list}
        rows={rows}
        caption={(n) => `${FILTERS.find((f) => f.key === filter)?.label}课程（${n}课；↑↓ 选择，回车打开）`}
        columns={columns}
        rowKey={(l) => l.id}
        onOpen={(l) => {
          if (l.status === 'draft') openPage(`${ROUTES.secretaryLessonEdit}?id=${l.id}`);
          else if (l.status === 'published') openPage(`${ROUTES.secretaryLessonProgress}?id=${l.id}`);
        }}
        empty='没有这样的课程。'
      />
    </div>
  );
}

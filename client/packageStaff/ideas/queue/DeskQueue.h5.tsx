import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { chinaDay } from '@contract/day-words';
import { IDEA_STATES } from '@contract/ideas-words';
import type { IdeaQueueRow, IdeaStaffView } from '@contract/ideas-model';
import { DeskTable, type DeskColumn } from '../../../features/desk/DeskTable';
import { monthDay } from '../../../features/ideas/format';
import { useIdeaQueue } from '../../../features/ideas/use-idea-staff';
import { withMoves } from '../../../features/ideas/queue-row';
import { IdeaHandling } from '../handle/IdeaHandling';
import { BulkBar } from './BulkBar';
import { useIdeaBulk, type BulkResult } from '../../../features/ideas/use-idea-bulk';
import { STATE_OPTIONS, type StateFilter } from './filters';
import { Tools } from './Tools';
import './desk-queue.scss';

const TABLE = 'desk-ideas-table';
const rowEl = (id: string) => document.getElementById(`${TABLE}-row-${id}`);
const typing = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/** Ideas that 批量受理 / 批量交办 can take: waiting to be accepted, or accepted and waiting for a department. */
const BULK_STATES = new Set(['submitted', 'accepted']);

const COLUMNS: readonly DeskColumn<IdeaQueueRow>[] = [
  { key: 'receiptNo', label: '编号', width: '9.5em', cell: (r) => r.receiptNo, sortValue: (r) => r.receiptNo },
  { key: 'title', label: '标题', cell: (r) => r.title, sortValue: (r) => r.title },
  { key: 'author', label: '提出人·支部', width: '10em', cell: (r) => `${r.authorName}·${r.authorBranchName}`, sortValue: (r) => r.authorName },
  {
    key: 'state',
    label: '状态',
    width: '6.5em',
    cell: (r) => (
      <>
        {r.stateLabel}
        {r.held && <span className='deskideas-flag'>待审核</span>}
      </>
    ),
    sortValue: (r) => IDEA_STATES.indexOf(r.state),
  },
  { key: 'created', label: '提交日', width: '6.5em', cell: (r) => monthDay(chinaDay(r.createdAt)), sortValue: (r) => r.createdAt },
  {
    key: 'due',
    label: '期限',
    width: '6.5em',
    cell: (r) => (r.overdue ? <span className='deskideas-flag'>{r.dueDate ? `${monthDay(r.dueDate)} 超期` : '超期'}</span> : r.dueDate ? `${monthDay(r.dueDate)}前` : '—'),
    // Overdue first, then the nearest deadline; no deadline last.
    sortValue: (r) => `${r.overdue ? 0 : 1}${r.dueDate ?? '9999'}`,
  },
  { key: 'department', label: '承办', width: '9em', cell: (r) => r.department ?? '—', sortValue: (r) => r.department ?? '' },
];

/**
 * The columns kept while an idea's handling is open beside the table: with all seven (and the bulk results)
 * in half the width, a title wrapped into eight lines. The rest is in the pane, and back when it closes.
 */
const BESIDE_PANE = new Set(['receiptNo', 'title', 'state']);

/** The last bulk move's result for each idea it took: 已交办, or the refusal in the server's words. */
const resultColumn = (results: ReadonlyMap<string, BulkResult>): DeskColumn<IdeaQueueRow> => ({
  key: 'result',
  label: '结果',
  width: '9em',
  cell: (r) => {
    const result = results.get(r.id);
    if (!result) return '';
    return <span className={result.ok ? 'deskideas-ok' : 'deskideas-flag'} id={`desk-bulk-result-${r.id}`}>{result.text}</span>;
  },
});

/**
 * The 金点子 queue at a desk: filters and 查找 above a table (sort, ↑/↓ j/k, Enter opens, Space ticks), the
 * ticked ideas' 批量受理 / 批量交办, and the open idea's handling on the right — the very component of the
 * 办理金点子 page. `/` goes to 查找, Esc closes the pane; after a move the row shows it and the table has
 * the keyboard again.
 */
export function DeskQueue() {
  const [state, setState] = useState<StateFilter>('open');
  const [overdue, setOverdue] = useState(false);
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [reads, setReads] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [moved, setMoved] = useState<ReadonlyMap<string, IdeaStaffView>>(new Map());
  const search = useRef<HTMLInputElement>(null);

  const filters = query ? { state: 'all' as const, q: query } : { state, ...(overdue ? { overdue: true as const } : {}) };
  const key = JSON.stringify({ filters, reads });
  const list = useIdeaQueue(filters, key, 50);
  // A fresh read is the truth again: the moves laid over the old rows are dropped with them.
  useEffect(() => setMoved(new Map()), [key]);
  const rows = useMemo(() => withMoves(list.state.items, moved), [list.state.items, moved]);

  const moveSeen = useCallback((idea: IdeaStaffView) => setMoved((prev) => new Map(prev).set(idea.id, idea)), []);
  const bulk = useIdeaBulk(moveSeen);
  const backToTable = (id: string | null) => {
    // After the pane's re-render, so the row the move changed is there to take the focus.
    setTimeout(() => (id ? rowEl(id) : document.querySelector<HTMLElement>(`#${TABLE} tbody tr`))?.focus(), 0);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '/' && !typing(event.target)) {
        event.preventDefault();
        search.current?.focus();
        search.current?.select();
      } else if (event.key === 'Escape' && open) {
        event.preventDefault();
        setOpen(null);
        backToTable(open);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const tickedRows = rows.filter((r) => ticked.has(r.id));
  const columns = useMemo(() => {
    if (open) return COLUMNS.filter((c) => BESIDE_PANE.has(c.key));
    return bulk.results.size ? [...COLUMNS, resultColumn(bulk.results)] : COLUMNS;
  }, [bulk.results, open]);
  return (
    <div className='deskideas' id='desk-ideas'>
      <form
        className='deskideas-filters'
        role='search'
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(typed.trim());
        }}
      >
        <label className='deskideas-field'>
          <span>查找（按 / ）</span>
          <input ref={search} id='desk-ideas-search' type='search' value={typed} maxLength={30} placeholder='编号、提出人或建议里的字' onChange={(e) => setTyped(e.target.value)} />
        </label>
        <button type='submit' className='deskideas-button'>查找</button>
        {query && (
          <button
            type='button'
            className='deskideas-button deskideas-button--plain'
            id='desk-ideas-search-clear'
            onClick={() => {
              setTyped('');
              setQuery('');
            }}
          >
            清除查找
          </button>
        )}
        <label className='deskideas-field'>
          <span>状态</span>
          <select id='desk-ideas-state' value={state} disabled={!!query} onChange={(e) => setState(e.target.value as StateFilter)}>
            {STATE_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>{o.label}</option>
            ))}
          </select>
        </label>
        <label className='deskideas-check'>
          <input type='checkbox' id='desk-ideas-overdue' checked={overdue} disabled={!!query} onChange={(e) => setOverdue(e.target.checked)} />
          <span>只看超期的</span>
        </label>
        <button type='button' className='deskideas-button deskideas-button--plain' id='desk-ideas-reload' onClick={() => setReads((n) => n + 1)}>
          刷新
        </button>
      </form>
      {query && <p className='deskideas-note' id='desk-ideas-search-note'>{`“${query}”的结果（所有状态）`}</p>}
      <BulkBar rows={tickedRows} bulk={bulk} onClear={() => setTicked(new Set())} />
      <div className={open ? 'deskideas-split deskideas-split--open' : 'deskideas-split'}>
        <div className='deskideas-list'>
          {list.state.status === 'loading' && <p className='deskideas-note'>正在加载…</p>}
          {list.state.status === 'error' && (
            <p className='deskideas-note deskideas-note--error'>
              {list.state.error}
              <button type='button' className='deskideas-button' onClick={() => void list.reload()}>再试一次</button>
            </p>
          )}
          {list.state.status === 'ready' && (
            <DeskTable
              id={TABLE}
              caption={`金点子 ${rows.length}${list.state.hasMore ? '+' : ''} 条（↑↓ 选择，回车打开，空格勾选）`}
              rows={rows}
              columns={columns}
              rowKey={(r) => r.id}
              current={open ?? undefined}
              onOpen={(r) => setOpen(r.id)}
              ticked={ticked}
              onTick={setTicked}
              canTick={(r) => BULK_STATES.has(r.state)}
              empty={query ? '没有找到。请核对编号或名字，或少输几个字再找。' : '没有符合条件的金点子。'}
            />
          )}
          {list.state.hasMore && (
            <button type='button' className='deskideas-button deskideas-more' disabled={list.state.loadingMore} onClick={() => void list.loadMore()}>
              {list.state.loadingMore ? '正在加载…' : '加载更多'}
            </button>
          )}
        </div>
        {open && (
          <section className='deskideas-pane' id='desk-ideas-pane' aria-label='办理这条金点子'>
            <div className='deskideas-pane-bar'>
              <button
                type='button'
                className='deskideas-button deskideas-button--plain'
                id='desk-ideas-close'
                onClick={() => {
                  setOpen(null);
                  backToTable(open);
                }}
              >
                关闭（Esc）
              </button>
            </div>
            <IdeaHandling
              key={open}
              ideaId={open}
              roomy
              onChanged={(idea) => {
                moveSeen(idea);
                backToTable(idea.id);
              }}
            />
          </section>
        )}
      </div>
      <div className='deskideas-tools'>
        <Tools />
      </div>
    </div>
  );
}

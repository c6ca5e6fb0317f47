import { useState } from 'react';
import type { IdeaQueueRow } from '@contract/ideas-model';
import type { useIdeaBulk } from '../../../features/ideas/use-idea-bulk';
import { DAY_OPTIONS, DEFAULT_DAYS, DEPT_OPTIONS } from '../handle/Assignment';

type Bulk = ReturnType<typeof useIdeaBulk>;

/**
 * The desk's bulk moves on the ticked ideas (only DeskQueue.h5.tsx uses it, so only the H5 build carries
 * it): 受理 the ones waiting to be accepted, 交办 the accepted ones with one form — the department and the
 * deadline 交办 asks for one idea. Each idea's result shows in its row; pressing again sends only the ideas
 * not done yet.
 */
export function BulkBar({ rows, bulk, onClear }: { rows: readonly IdeaQueueRow[]; bulk: Bulk; onClear: () => void }) {
  const [department, setDepartment] = useState('');
  const [days, setDays] = useState(DEFAULT_DAYS);
  if (rows.length === 0 && bulk.results.size === 0) return null;
  const toAccept = rows.filter((r) => r.state === 'submitted');
  const toAssign = rows.filter((r) => r.state === 'accepted');
  const failed = [...bulk.results.values()].filter((r) => !r.ok).length;
  const retry = (move: 'ideas.accept' | 'ideas.assign') => (bulk.move === move && failed > 0 ? '（再试没成功的）' : '');
  return (
    <div className='deskideas-bulk' id='desk-ideas-bulk' role='group' aria-label='批量办理勾选的金点子'>
      <span className='deskideas-bulk-count' id='desk-ideas-ticked'>{`已勾选 ${rows.length} 条`}</span>
      <button
        type='button'
        className='deskideas-button'
        id='desk-bulk-accept'
        disabled={bulk.busy || toAccept.length === 0}
        onClick={() => void bulk.run('ideas.accept', toAccept.map((r) => r.id), (ideaId) => ({ ideaId }), '已受理')}
      >
        {`受理 ${toAccept.length} 条${retry('ideas.accept')}`}
      </button>
      <span className='deskideas-bulk-sep' aria-hidden='true' />
      <label className='deskideas-field'>
        <span>承办部门</span>
        <select id='desk-bulk-department' value={department} onChange={(e) => setDepartment(e.target.value)}>
          <option value=''>请选择</option>
          {DEPT_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
      </label>
      <label className='deskideas-field'>
        <span>办理期限</span>
        <select id='desk-bulk-days' value={days} onChange={(e) => setDays(e.target.value)}>
          {DAY_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
      </label>
      <button
        type='button'
        className='deskideas-button'
        id='desk-bulk-assign'
        disabled={bulk.busy || toAssign.length === 0 || !department}
        onClick={() =>
          void bulk.run('ideas.assign', toAssign.map((r) => r.id), (ideaId) => ({ ideaId, department, workdays: Number(days) }), `已交办（${department}）`)
        }
      >
        {department ? `交办 ${toAssign.length} 条${retry('ideas.assign')}` : '先选承办部门'}
      </button>
      <button
        type='button'
        className='deskideas-button deskideas-button--plain'
        id='desk-bulk-clear'
        disabled={bulk.busy}
        onClick={() => {
          onClear();
          bulk.reset();
        }}
      >
        取消勾选
      </button>
      {bulk.busy && <span className='deskideas-bulk-status' role='status'>正在办理…</span>}
      {!bulk.busy && bulk.results.size > 0 && (
        <span className='deskideas-bulk-status' role='status' id='desk-bulk-summary'>
          {`${bulk.results.size - failed} 条办好${failed ? `，${failed} 条没有办成（见表中“结果”）` : ''}`}
        </span>
      )}
    </div>
  );
}

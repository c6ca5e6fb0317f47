import { useState } from 'react';
import { ROLE_LABELS } from '@contract/roles';
import type { MemberSummary } from '@contract/member-model';
import { LoadFailed, StatusText } from '../../ui';
import { DeskTable, type DeskColumn } from '../../features/desk/DeskTable';
import { RoleBadges } from '../../features/roles/RoleBadges';
import { RoleEditor } from '../../features/admin/RoleEditor';
import type { MembersDeskProps } from './MembersDesk';
import '../../features/desk/desk-parts.scss';
import './members-desk.scss';

const COLUMNS: DeskColumn<MemberSummary>[] = [
  { key: 'name', label: '姓名', cell: (m) => m.name, sortValue: (m) => m.name, width: '6em' },
  { key: 'born', label: '出生', cell: (m) => `${m.birthYear}年`, sortValue: (m) => m.birthYear, width: '5.5em' },
  { key: 'branch', label: '支部', cell: (m) => m.branchName, sortValue: (m) => m.branchName },
  { key: 'roles', label: '身份', cell: (m) => m.roles.map((r) => ROLE_LABELS[r]).join('、'), sortValue: (m) => m.roles.length, width: '10em' },
];

/**
 * H5: the members found as a sortable table (↑/↓, Enter opens); the one opened beside it with the same role
 * editor as the phone's 管理身份, each grant or revocation its own audited members.setRoles.
 */
export function MembersDesk({ list, branches, onRetryBranches, onChanged }: MembersDeskProps) {
  const [open, setOpen] = useState<string | undefined>();
  const rows = list.state.items;
  const current = rows.find((m) => m.id === open);
  return (
    <div className='memdesk' id='members-desk'>
      <div className='memdesk-list'>
        {list.state.status === 'loading' && <StatusText tone='info'>正在查找…</StatusText>}
        {list.state.status === 'error' && <LoadFailed error={list.state.error} onRetry={() => void list.reload()} />}
        {list.state.status === 'ready' && (
          <DeskTable
            id='members-table'
            caption={`找到的老同志（${rows.length}${list.state.hasMore ? '+' : ''}人；↑↓ 选择，回车管理身份）`}
            rows={rows}
            columns={COLUMNS}
            rowKey={(m) => m.id}
            current={open}
            onOpen={(m) => setOpen(m.id)}
            empty='没有找到符合条件的老同志，可以少填一个条件再找。'
          />
        )}
        {list.state.hasMore && (
          <button type='button' className='desk-button desk-more' disabled={list.state.loadingMore} onClick={() => void list.loadMore()}>
            {list.state.loadingMore ? '正在读取…' : '再读10人'}
          </button>
        )}
      </div>
      {current ? (
        <div className='desk-panel' id='members-desk-open' role='region' aria-label='管理身份'>
          <h2 className='desk-panel-title'>{current.name}</h2>
          <p className='memdesk-meta'>{`${current.birthYear}年生 · ${current.branchName}`}</p>
          <RoleBadges roles={current.roles} />
          <RoleEditor key={current.id} member={current} branches={branches} onRetryBranches={onRetryBranches} onChanged={onChanged} />
        </div>
      ) : (
        <div className='desk-panel desk-panel--empty'>
          <p>在左边的表里点一位老同志（或用 ↑↓ 选中后按回车），给他加上或去掉身份。</p>
        </div>
      )}
    </div>
  );
}

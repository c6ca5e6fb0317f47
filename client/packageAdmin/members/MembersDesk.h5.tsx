import { useState } from 'react';
import { ROLE_LABELS } from '@contract/roles';
import type { MemberSummary } from '@contract/member-model';
import type { DeskColumn } from '../../features/desk/DeskTable';
import { PagedDeskTable } from '../../features/desk/PagedDeskTable';
import { RoleBadges } from '../../features/roles/RoleBadges';
import { RoleEditor } from '../../features/admin/RoleEditor';
import type { MembersDeskProps } from './MembersDesk';
import '../../features/desk/desk-parts.scss';

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
  const current = list.state.items.find((m) => m.id === open);
  return (
    <div className='desk-split desk-split--list-wide' id='members-desk'>
      <div>
        <PagedDeskTable
          id='members-table'
          list={list}
          caption={(n) => `找到的老同志（${n}人；↑↓ 选择，回车管理身份）`}
          columns={COLUMNS}
          rowKey={(m) => m.id}
          current={open}
          onOpen={(m) => setOpen(m.id)}
          empty='没有找到符合条件的老同志，可以少填一个条件再找。'
          moreLabel='再读10人'
        />
      </div>
      {current ? (
        <div className='desk-panel' id='members-desk-open' role='region' aria-label='管理身份'>
          <h2 className='desk-panel-title'>{current.name}</h2>
          <p className='desk-panel-meta'>{`${current.birthYear}年生 · ${current.branchName}`}</p>
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

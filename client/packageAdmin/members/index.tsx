import { View } from '@tarojs/components';
import { useState } from 'react';
import { Card, PagedList, PageShell } from '../../ui';
import { useMemberGate } from '../../features/session/use-member-gate';
import { GateNotice } from '../../features/session/GateNotice';
import { useBranches } from '../../features/profile/use-branches';
import { MemberFilters, type MemberFilter } from '../../features/admin/MemberFilters';
import { MemberRow } from '../../features/admin/MemberRow';
import { useMembersFound } from '../../features/members/use-members';
import { ROUTES } from '../../features/navigation/routes';
import { openPage } from '../../features/navigation/navigate';
import { useDesk } from '../../features/desk/use-desk';
import { MembersDesk } from './MembersDesk';
import '../../features/admin/admin.scss';

/**
 * 管理员: find members and grant or revoke roles (subpackage packageAdmin). At a wide desk the members found
 * are a table with the one opened beside it (MembersDesk).
 */
export default function AdminMembersPage() {
  const me = useMemberGate();
  const { wide } = useDesk();
  const branches = useBranches();
  const [filter, setFilter] = useState<MemberFilter>({ keyword: '', branchId: '', role: '' });

  const list = useMembersFound(
    {
      ...(filter.keyword ? { keyword: filter.keyword } : {}),
      ...(filter.branchId ? { branchId: filter.branchId } : {}),
      ...(filter.role ? { role: filter.role } : {}),
    },
    JSON.stringify(filter),
  );

  return (
    <PageShell title='人员与身份' back>
      <GateNotice me={me} />
      <Card title='党支部管理' subtitle='新建党支部，修改支部名称' onClick={() => openPage(ROUTES.adminBranches)} />
      <Card title='查找老同志'>
        <MemberFilters value={filter} onSearch={setFilter} branches={branches.state} onRetryBranches={() => void branches.reload()} />
      </Card>
      {wide ? (
        <MembersDesk
          list={list}
          branches={branches.state}
          onRetryBranches={() => void branches.reload()}
          onChanged={(next) => list.update((x) => x.id === next.id, next)}
        />
      ) : (
        <View id='member-list'>
          <PagedList
            state={list.state}
            keyOf={(m) => m.id}
            onRetry={() => void list.reload()}
            onMore={() => void list.loadMore()}
            emptyText='没有找到符合条件的老同志，可以少填一个条件再找。'
            renderItem={(m) => (
              <MemberRow
                member={m}
                branches={branches.state}
                onRetryBranches={() => void branches.reload()}
                onChanged={(next) => list.update((x) => x.id === next.id, next)}
              />
            )}
          />
        </View>
      )}
    </PageShell>
  );
}

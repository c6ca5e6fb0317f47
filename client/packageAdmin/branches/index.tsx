import { Card, PagedList, PageShell } from '../../ui';
import { useMemberGate } from '../../features/session/use-member-gate';
import { GateNotice } from '../../features/session/GateNotice';
import { BranchCreate } from '../../features/admin/BranchCreate';
import { BranchRow } from '../../features/admin/BranchRow';
import { useBranchList } from '../../features/admin/use-admin';
import '../../features/admin/admin.scss';

/** 管理员: list, create and rename party branches (subpackage packageAdmin). */
export default function AdminBranchesPage() {
  const me = useMemberGate();
  const list = useBranchList();

  return (
    <PageShell title='党支部管理' back>
      <GateNotice me={me} />
      <Card title='新建党支部'>
        <BranchCreate onCreated={() => void list.reload()} />
      </Card>
      <Card title='现有党支部' tone='quiet'>
        <PagedList
          state={list.state}
          keyOf={(b) => b.id}
          onRetry={() => void list.reload()}
          onMore={() => void list.loadMore()}
          emptyText='还没有党支部，请在上面新建。'
          renderItem={(b) => <BranchRow branch={b} onChanged={(next) => list.update((x) => x.id === next.id, next)} />}
        />
      </Card>
    </PageShell>
  );
}

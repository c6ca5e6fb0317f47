import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../ui';
import { useSession } from '../../../features/study/use-sessions';
import { SessionRun } from './SessionRun';

/** For the branch secretary: one session's attendance and close (SessionRun), on a page of its own. */
export default function RunSessionPage() {
  const sessionId = useRouter().params.id ?? '';
  const detail = useSession(sessionId);
  return (
    <PageShell title={detail.state.data?.topic ?? '签到和登记'} back>
      <SessionRun sessionId={sessionId} detail={detail} />
    </PageShell>
  );
}

import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../ui';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { IdeaHandling } from './IdeaHandling';

/** 办理金点子: one idea's handling (IdeaHandling), the same the desk's queue shows beside its table. */
export default function HandleIdeaPage() {
  const me = useMemberGate();
  const id = useRouter().params.id ?? '';
  return (
    <PageShell title='办理金点子' back>
      <GateNotice me={me} />
      {me.status === 'registered' && <IdeaHandling ideaId={id} />}
    </PageShell>
  );
}

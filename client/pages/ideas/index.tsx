import { ComingSoon, PageShell } from '../../ui';
import { useMemberGate } from '../../features/session/use-member-gate';
import { GateNotice } from '../../features/session/GateNotice';

export default function IdeasPage() {
  const me = useMemberGate();
  return (
    <PageShell title='金点子' tab='ideas'>
      {me.status !== 'registered' && <GateNotice me={me} />}
      <ComingSoon
        intro='“金点子”栏目正在准备中。开通后，您可以为家乡发展、为老干部工作提建议。'
        items={[
          '写下您的建议，也可以用语音说',
          '您的建议只有您本人和老干部局工作人员能看到',
          '随时查看办理进度，例如“已受理，预计5个工作日内答复”',
          '办结后可以给答复打分',
        ]}
      />
    </PageShell>
  );
}

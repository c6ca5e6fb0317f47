import { ComingSoon, PageShell } from '../../ui';
import { useMemberGate } from '../../features/session/use-member-gate';
import { GateNotice } from '../../features/session/GateNotice';

export default function VolunteerPage() {
  const me = useMemberGate();
  return (
    <PageShell title='志愿服务' tab='volunteer'>
      {me.status !== 'registered' && <GateNotice me={me} />}
      <ComingSoon
        intro='“志愿服务”栏目正在准备中。开通后，您可以发挥余热，参加身边的志愿活动。'
        items={[
          '加入志愿服务队，也包括银发智囊团',
          '查看活动时间、地点，报名参加',
          '到场签到，记录服务时长',
          '查看自己参加过的活动',
        ]}
      />
    </PageShell>
  );
}

import { ComingSoon, PageShell, ReadAloudButton } from '../../ui';
import { useMemberGate } from '../../features/session/use-member-gate';
import { GateNotice } from '../../features/session/GateNotice';

const INTRO = '“学习”栏目正在准备中。开通后，您在家就能学习，也能报名参加支部的线下课。';
const ITEMS = [
  '看微课、形势政策宣讲课、榜样引领示范课、廉政建设课',
  '每一课都可以点“朗读”，听着学',
  '报名参加院坝小讲堂（线下课）',
  '行动不便的老同志，可以请支部送学上门',
];

export default function StudyPage() {
  const me = useMemberGate();
  return (
    <PageShell title='学习' tab='study'>
      {me.status !== 'registered' && <GateNotice me={me} />}
      <ComingSoon intro={INTRO} items={ITEMS} />
      <ReadAloudButton text={`${INTRO}开通后，这里可以：${ITEMS.join('；')}。`} label='朗读这段说明' />
    </PageShell>
  );
}

import { Text } from '@tarojs/components';
import { Card, PageShell } from '../../ui';
import { useMemberGate } from '../../features/session/use-member-gate';
import { GateNotice } from '../../features/session/GateNotice';
import { RoleBadges } from '../../features/roles/RoleBadges';
import { DeskLinkCard } from '../../features/desk/DeskLinkCard';
import { useBranchName } from '../../features/roles/use-branch-name';
import { ROUTES } from '../../features/navigation/routes';
import { openPage } from '../../features/navigation/navigate';

/** 书记工作台 (subpackage): who you are, and one card per working tool of a branch secretary. */
export default function SecretaryWorkbench() {
  const me = useMemberGate();
  const member = me.status === 'registered' ? me.member : undefined;
  const branchName = useBranchName(member?.secretaryOf, member);
  const isSecretary = !!member?.roles.includes('secretary');
  return (
    <PageShell title='书记工作台' back>
      <GateNotice me={me} />
      {member && (
        <Card title={member.name} subtitle={isSecretary ? `负责的支部：${branchName ?? '读取中…'}` : member.branchName}>
          <RoleBadges roles={member.roles} />
          {!isSecretary && <Text>您现在不是支部书记，这里的功能不会对您显示。</Text>}
        </Card>
      )}
      {member && <DeskLinkCard roles={member.roles} />}
      {isSecretary && (
        <Card id='workbench-lessons' title='学习课程' subtitle='写课程、发布，看谁学了谁还没学，安排送学上门' tone='accent' onClick={() => openPage(ROUTES.secretaryLessons)} />
      )}
      {isSecretary && (
        <Card id='workbench-sessions' title='院坝小讲堂' subtitle='安排线下课，出示签到码，登记到场' tone='accent' onClick={() => openPage(ROUTES.secretarySessions)} />
      )}
      {isSecretary && (
        <Card id='workbench-stats' title='学习人次' subtitle='本支部的学习人次统计' tone='accent' onClick={() => openPage(ROUTES.secretaryStats)} />
      )}
      {isSecretary && (
        <Card id='workbench-care' title='关爱服务' subtitle='本支部要走访的、老同志反映的问题、服务台账' tone='accent' onClick={() => openPage(ROUTES.careDesk)} />
      )}
      {isSecretary && (
        <Card id='workbench-idea-proxy' title='代录金点子' subtitle='替本支部不方便用手机的老同志提交金点子' tone='accent' onClick={() => openPage(ROUTES.secretaryIdeaProxy)} />
      )}
      {isSecretary && (
        <Card id='workbench-family' title='家人帮办' subtitle='登记没有手机的老同志口头同意，结束帮办' tone='accent' onClick={() => openPage(ROUTES.secretaryFamily)} />
      )}
    </PageShell>
  );
}

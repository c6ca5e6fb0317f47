import { Text } from '@tarojs/components';
import { Card, ComingSoon, PageShell } from '../../ui';
import { useMemberGate } from '../../features/session/use-member-gate';
import { GateNotice } from '../../features/session/GateNotice';
import { RoleBadges } from '../../features/roles/RoleBadges';
import { ROUTES } from '../../features/navigation/routes';
import { openPage } from '../../features/navigation/navigate';

/** 工作人员后台 (subpackage): who you are and what will appear here. The ideas and volunteering issues fill it. */
export default function StaffConsole() {
  const me = useMemberGate();
  const member = me.status === 'registered' ? me.member : undefined;
  return (
    <PageShell title='工作人员后台' back>
      <GateNotice me={me} />
      {member && (
        <Card title={member.name} subtitle={`所在支部：${member.branchName}`}>
          <RoleBadges roles={member.roles} />
          {!member.roles.includes('staff') && <Text>您现在不是工作人员，这里的功能开通后也不会对您显示。</Text>}
        </Card>
      )}
      <Card id='console-lessons' title='学习课程' subtitle='写全县的课程，发布、撤回' tone='accent' onClick={() => openPage(ROUTES.secretaryLessons)} />
      <Card id='console-study-stats' title='学习人次' subtitle='全县线上自学、小讲堂、送学上门的人次' tone='accent' onClick={() => openPage(ROUTES.staffStats)} />
      <ComingSoon
        intro='工作人员后台正在准备中。开通后，老干部局工作人员在这里办理日常事务。'
        items={[
          '审核、答复、办结老同志提交的金点子',
          '管理志愿服务队，发布志愿活动，登记签到和服务时长',
          '查看学习、金点子、志愿服务的统计',
          '导出台账',
        ]}
      />
    </PageShell>
  );
}

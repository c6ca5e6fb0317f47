import { Text } from '@tarojs/components';
import { Card, PageShell } from '../../ui';
import { useMemberGate } from '../../features/session/use-member-gate';
import { GateNotice } from '../../features/session/GateNotice';
import { RoleBadges } from '../../features/roles/RoleBadges';
import { DeskLinkCard } from '../../features/desk/DeskLinkCard';
import { ROUTES } from '../../features/navigation/routes';
import { openPage } from '../../features/navigation/navigate';
import './console.scss';

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
          {!member.roles.includes('staff') && <Text>您现在不是工作人员，下面的事务办理不了。</Text>}
        </Card>
      )}
      {member && <DeskLinkCard roles={member.roles} />}
      <Text className='console-section'>关爱服务</Text>
      <Card id='console-care' title='关爱服务' subtitle='三慰问四必访：要走访的、超期督办；问题跟踪；服务台账；全年数字' tone='accent' onClick={() => openPage(ROUTES.careDesk)} />
      <Text className='console-section'>学习</Text>
      <Card id='console-lessons' title='学习课程' subtitle='写全县的课程，发布、撤回' tone='accent' onClick={() => openPage(ROUTES.secretaryLessons)} />
      <Card id='console-lesson-review' title='课程审核' subtitle='内容安全检查没通过的课程：通过发布，或退回修改' tone='accent' onClick={() => openPage(ROUTES.staffLessonReview)} />
      <Card id='console-study-stats' title='学习人次' subtitle='全县线上自学、小讲堂、送学上门的人次' tone='accent' onClick={() => openPage(ROUTES.staffStats)} />
      <Text className='console-section'>金点子</Text>
      <Card id='console-ideas' title='金点子办理' subtitle='受理、交办、答复；超期督办；导出台账' tone='accent' onClick={() => openPage(ROUTES.staffIdeasQueue)} />
      <Text className='console-section'>志愿服务</Text>
      <Card id='console-vol-manage' title='服务队和活动' subtitle='选一个队：发布、修改、取消活动，看名单，处理入队申请' tone='accent' onClick={() => openPage(ROUTES.volunteerManage)} />
      <Card id='console-vol-figures' title='统计和服务时长台账' subtitle='活动次数、参加人次、服务时长；下载Excel台账' onClick={() => openPage(ROUTES.volunteerFigures)} />
      <Card id='console-vol-team-new' title='新建服务队' subtitle='建队后接着任命队长' onClick={() => openPage(ROUTES.volunteerTeamNew)} />
      <Card id='console-vol-leader' title='任免队长' subtitle='给服务队任命队长，或免去、撤换队长' onClick={() => openPage(ROUTES.volunteerLeader)} />
      <Card id='console-vol-talent' title='银发人才库' subtitle='按特长找老同志' onClick={() => openPage(ROUTES.volunteerTalent)} />
      <Card id='console-vol-check-record' title='核对志愿服务证明' subtitle='输入证明上的编号，看是谁、哪天出具、写了什么' onClick={() => openPage(ROUTES.volunteerCheckRecord)} />
      <Text className='console-section'>地点</Text>
      <Card id='console-places' title='常用地点' subtitle='录入一次地址和地图位置，安排小讲堂、发布活动时直接选' onClick={() => openPage(ROUTES.staffPlaces)} />
    </PageShell>
  );
}

import { View } from '@tarojs/components';
import { BigButton, Card, PageShell } from '../../ui';
import { useMemberGate } from '../../features/session/use-member-gate';
import { GateNotice } from '../../features/session/GateNotice';
import { ProfileSummary } from '../../features/profile/ProfileSummary';
import { RoleBadges } from '../../features/roles/RoleBadges';
import { FontSizeSetting } from '../../features/settings/FontSizeSetting';
import { DemoSwitchLink } from '../../features/demo/DemoSwitchLink';
import { ROUTES } from '../../features/navigation/routes';
import { openPage } from '../../features/navigation/navigate';
import { useUnread } from '../../features/messages/unread';
import { HelpCard } from '../../features/help/HelpCard';
import { DeskLinkCard } from '../../features/desk/DeskLinkCard';

export default function MinePage() {
  const me = useMemberGate();
  const member = me.status === 'registered' ? me.member : undefined;
  const unread = useUnread();
  return (
    <PageShell title='我的' tab='mine'>
      <GateNotice me={me} />
      {member && (
        <>
          <Card title={unread > 0 ? `消息（${unread} 条未读）` : '消息'}>
            <BigButton id='open-messages' onClick={() => openPage(ROUTES.messages)}>
              {unread > 0 ? `看 ${unread} 条新消息` : '查看消息'}
            </BigButton>
          </Card>
          <HelpCard id='mine-help' />
          <Card title='家人帮办' subtitle='子女或亲属在自己的手机上替您报名、提事情，每件都记给您看'>
            <BigButton id='open-family' kind='secondary' onClick={() => openPage(ROUTES.familyMine)}>
              打开家人帮办
            </BigButton>
          </Card>
          <Card title='关爱服务' subtitle='我的联系人、我要求助、住院或有困难告诉组织'>
            <BigButton id='open-care' kind='secondary' onClick={() => openPage(ROUTES.myCare)}>
              打开关爱服务
            </BigButton>
          </Card>
          <DeskLinkCard roles={member.roles} />
          <Card title={member.name} subtitle={member.branchName}>
            <RoleBadges roles={member.roles} secretaryOfName={member.secretaryOf === member.branchId ? member.branchName : undefined} />
          </Card>
          <Card title='我的“一人一策”登记'>
            <ProfileSummary member={member} />
            <View style={{ marginTop: '0.8rem' }}>
              <BigButton id='edit-profile' onClick={() => openPage(ROUTES.editProfile)}>
                修改资料
              </BigButton>
            </View>
          </Card>
        </>
      )}
      <Card title='字的大小'>
        <FontSizeSetting />
      </Card>
      <DemoSwitchLink />
    </PageShell>
  );
}

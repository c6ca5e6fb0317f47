import { View, Text } from '@tarojs/components';
import { PageShell, StatusText } from '../../../ui';
import { callApi } from '../../../api/call-api';
import { ProfileForm } from '../../../features/profile/ProfileForm';
import { emptyDraft } from '../../../features/profile/draft';
import { loadMe, setMember, useMe } from '../../../features/session/store';
import { routeFor } from '../../../features/session/use-member-gate';
import { ROUTES } from '../../../features/navigation/routes';
import { openTab } from '../../../features/navigation/navigate';
import { markRegistered } from '../../../features/session/welcome';

/** 一人一策 registration: the first thing a new user fills in; afterwards they are a member. */
export default function RegisterPage() {
  const me = useMe();
  return (
    <PageShell title='一人一策登记'>
      <View style={{ marginBottom: '1rem' }}>
        <Text style={{ display: 'block', lineHeight: 1.6 }}>
          欢迎使用银铃e家！请花几分钟填一下这张登记表，老干部局和支部会按您的情况提供帮助。填好后点最下面的“提交登记”。
        </Text>
      </View>
      {me.status === 'unauthenticated' && <StatusText tone='error'>还没有登录，请返回重新打开。</StatusText>}
      <ProfileForm
        initial={emptyDraft()}
        draftKey='register'
        submitLabel='提交登记'
        send={(input, requestId) => callApi('members.register', input, { requestId })}
        onDone={(member) => {
          setMember(member);
          markRegistered();
          openTab(ROUTES.home);
        }}
        onFailure={(code) => {
          if (code !== 'ALREADY_REGISTERED') return false;
          // Registered already (e.g. on another device): load the profile and go on.
          void loadMe().then((state) => routeFor(state, 'register'));
          return true;
        }}
      />
    </PageShell>
  );
}

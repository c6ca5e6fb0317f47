import { View, Text } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { InvitationView } from '@contract/care-welcome-model';
import { BigButton, PageShell, StatusText } from '../../ui';
import { ProfileForm } from '../../features/profile/ProfileForm';
import { emptyDraft } from '../../features/profile/draft';
import { InviteEntry } from '../../features/profile/InviteEntry';
import { loadMe, setMember, useMe } from '../../features/session/store';
import { routeFor } from '../../features/session/use-member-gate';
import { ROUTES } from '../../features/navigation/routes';
import { openPage, openTab } from '../../features/navigation/navigate';
import { markRegistered } from '../../features/session/welcome';

/**
 * 一人一策 registration: the first thing a new user fills in; afterwards they are a member. Opened from a
 * 荣退 invitation (the shared page carries `invite`, or the code is typed), the form starts filled in.
 */
export default function RegisterPage() {
  const me = useMe();
  const { params } = useRouter();
  const [invite, setInvite] = useState<{ code: string; inv: InvitationView } | null>(null);
  const initial = invite
    ? { ...emptyDraft(), name: invite.inv.name, formerUnit: invite.inv.formerUnit, branchId: invite.inv.branchId, phone: invite.inv.phone ?? '' }
    : emptyDraft();
  return (
    <PageShell title='一人一策登记'>
      <View style={{ marginBottom: '1rem' }}>
        {invite ? (
          <Text id='register-invite-welcome' style={{ display: 'block', lineHeight: 1.6, fontWeight: 700 }}>
            {`${invite.inv.name}同志，祝贺您光荣退休！欢迎加入银铃e家。表里已经填好了您的单位和支部，请看一下，再把其余几项填上。`}
          </Text>
        ) : (
          <Text style={{ display: 'block', lineHeight: 1.6 }}>
            欢迎使用银铃e家！请花几分钟填一下这张登记表，老干部局和支部会按您的情况提供帮助。填好后点最下面的“提交登记”。
          </Text>
        )}
      </View>
      {me.status === 'unauthenticated' && <StatusText tone='error'>还没有登录，请返回重新打开。</StatusText>}
      {/* 家人帮办: a daughter or son helping an elder need not register themselves. */}
      <View style={{ marginBottom: '1rem' }}>
        <BigButton id='register-family' kind='secondary' onClick={() => openPage(ROUTES.familyJoin)}>我是家人，帮老人办事</BigButton>
      </View>
      {!invite && <InviteEntry code={params.invite} onInvitation={(code, inv) => setInvite({ code, inv })} />}
      <ProfileForm
        // The form keeps its first values: it is made again (a new key) when an invitation fills it.
        key={invite?.code ?? 'by-hand'}
        initial={initial}
        draftKey={invite ? `register-${invite.code}` : 'register'}
        submitLabel='提交登记'
        submits={{ action: 'members.register', ...(invite ? { invite: invite.code } : {}) }}
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

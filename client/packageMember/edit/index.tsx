import { BigButton, PageShell } from '../../ui';
import { ProfileForm } from '../../features/profile/ProfileForm';
import { draftFromMember } from '../../features/profile/draft';
import { setMember } from '../../features/session/store';
import { useMemberGate } from '../../features/session/use-member-gate';
import { GateNotice } from '../../features/session/GateNotice';
import { goBack } from '../../features/navigation/navigate';

/** 修改资料: the registration form, filled in, saved with members.updateProfile. */
export default function EditProfilePage() {
  const me = useMemberGate();
  return (
    <PageShell title='修改资料' back>
      <GateNotice me={me} />
      {me.status === 'registered' && (
        <>
          <ProfileForm
            key={me.member.id}
            initial={draftFromMember(me.member)}
            originalPhone={me.member.phone}
            draftKey={`profile.${me.member.id}`}
            submitLabel='保存修改'
            submits={{ action: 'members.updateProfile' }}
            onDone={(member) => {
              setMember(member);
              goBack();
            }}
          />
          <BigButton kind='plain' onClick={goBack}>
            不改了，返回
          </BigButton>
        </>
      )}
    </PageShell>
  );
}

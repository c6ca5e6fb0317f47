import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { MembershipView } from '@contract/volunteer-model';
import { BigButton, Card, PagedList, PageShell, StatusText } from '../../../ui';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { ROUTES } from '../../../features/navigation/routes';
import { openPage } from '../../../features/navigation/navigate';
import { useApplications, useDecideApplication, useMyTeams, useUpcomingActivities } from '../../../features/volunteers/use-volunteer-desk';
import { dateTimeText } from '../../../features/volunteers/format';
import { seatsText } from '../../../features/volunteers/words';
import { useDesk } from '../../../features/desk/use-desk';
import { PickTeam } from '../shared/PickTeam';
import { ActivitiesDesk } from './ActivitiesDesk';
import '../../../features/volunteers/volunteers.scss';

/**
 * For team leaders (their own teams) and staff: post activities, open rosters, decide applications. At a wide
 * desk the activities are a table with the open one's code and roster under it (ActivitiesDesk).
 */
export default function ManagePage() {
  const me = useMemberGate();
  const { wide } = useDesk();
  const teamParam = useRouter().params.teamId ?? '';
  const mine = useMyTeams();
  const led = (mine.state.data?.teams ?? []).filter((t) => t.isLeader);
  const [teamId, setTeamId] = useState(teamParam);
  const current = teamId || led[0]?.id || '';
  const activities = useUpcomingActivities(current);
  const applications = useApplications(current);
  const decideApplication = useDecideApplication();
  const [note, setNote] = useState<string | null>(null);
  const isStaff = me.status === 'registered' && (me.member.roles.includes('staff') || me.member.roles.includes('admin'));

  const decide = async (m: MembershipView, approve: boolean) => {
    const res = await decideApplication(m, approve);
    setNote(res.ok ? `${m.memberName}：${approve ? '已同意入队' : '已婉拒'}` : res.error.message);
    void applications.reload();
  };

  return (
    <PageShell title='队长和工作人员' back>
      <GateNotice me={me} />
      {led.length > 1 && (
        <Card title='选择服务队'>
          {led.map((t) => (
            <BigButton key={t.id} kind={t.id === current ? 'primary' : 'secondary'} onClick={() => setTeamId(t.id)}>{t.name}</BigButton>
          ))}
        </Card>
      )}
      {current ? (
        <View>
          {wide ? (
            <ActivitiesDesk teamId={current} list={activities} />
          ) : (
            <>
              <BigButton onClick={() => openPage(`${ROUTES.volunteerPost}?teamId=${current}`)} id='post-activity'>发布新活动</BigButton>
              <View className='vol-gap' />
              <Text className='vol-line'>近期活动（点开看名单、出示签到码）</Text>
              <View id='manage-activities'>
                <PagedList
                  state={activities.state}
                  keyOf={(a) => a.id}
                  onRetry={() => void activities.reload()}
                  onMore={() => void activities.loadMore()}
                  emptyText='还没有近期活动，可以点上面的按钮发布。'
                  renderItem={(a) => (
                    <Card title={a.title} subtitle={dateTimeText(a.startAt)} onClick={() => openPage(`${ROUTES.volunteerRoster}?id=${a.id}`)}>
                      <Text className='vol-meta'>{seatsText(a)}</Text>
                    </Card>
                  )}
                />
              </View>
            </>
          )}
          <Text className='vol-line'>入队申请</Text>
          {note && <StatusText tone='info'>{note}</StatusText>}
          <PagedList
            state={applications.state}
            keyOf={(m) => m.memberId}
            onRetry={() => void applications.reload()}
            onMore={() => void applications.loadMore()}
            emptyText='没有等待处理的入队申请。'
            renderItem={(m) => (
              <Card title={m.memberName} subtitle={`申请时间：${dateTimeText(m.appliedAt)}`}>
                <View className='vol-row-actions'>
                  <BigButton inline onClick={() => void decide(m, true)}>同意</BigButton>
                  <BigButton inline kind='secondary' onClick={() => void decide(m, false)}>婉拒</BigButton>
                </View>
              </Card>
            )}
          />
        </View>
      ) : (
        mine.state.status === 'ready' &&
        (isStaff ? (
          <View id='manage-pick-team'>
            <Text className='vol-line'>请选择要管理的服务队：</Text>
            <PickTeam onPick={(t) => setTeamId(t.id)} />
          </View>
        ) : (
          <StatusText tone='info'>您目前不是任何服务队的队长。</StatusText>
        ))
      )}
    </PageShell>
  );
}

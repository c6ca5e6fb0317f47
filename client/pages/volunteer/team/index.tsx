import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { BigButton, Card, PagedList, PageShell, StatusText, LoadFailed } from '../../../ui';
import { ROUTES } from '../../../features/navigation/routes';
import { openPage } from '../../../features/navigation/navigate';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { useActivityList, useTeam, useTeamMoves } from '../../../features/volunteers/use-volunteering';
import { dateTimeText } from '../../../features/volunteers/format';
import { fieldsText, kindText, membershipText, seatsText } from '../../../features/volunteers/words';
import '../../../features/volunteers/volunteers.scss';

/** One team: who leads it, what it does, join or leave, and its coming activities. */
export default function TeamPage() {
  const teamId = useRouter().params.id ?? '';
  const team = useTeam(teamId);
  const activities = useActivityList('upcoming', teamId);
  const moves = useTeamMoves(teamId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const t = team.state.data;
  const me = useMemberGate();
  const myId = me.status === 'registered' ? me.member.id : '';

  const act = async (move: 'applyToJoin' | 'leave') => {
    setBusy(true);
    const res = await moves[move]();
    setBusy(false);
    // On success the membership line just above says what happened; a second message would say it again.
    if (res.ok) {
      team.set(res.data);
      setError(null);
    } else setError(res.error.message);
  };

  return (
    <PageShell title={t?.name ?? '服务队'} back>
      {team.state.status === 'loading' && <Text className='vol-line'>正在加载，请稍候…</Text>}
      {team.state.status === 'error' && <LoadFailed error={team.state.error} fallback={'没有加载出来'} onRetry={() => void team.reload()} />}
      {t && (
        <View id='team-detail'>
          <Card title={`${kindText(t.kind)} · ${fieldsText(t.fields)}`}>
            <Text className='vol-line'>{t.description}</Text>
            <Text className='vol-meta'>队长：{t.leaderNames.join('、') || '待定'}</Text>
            <Text className='vol-meta'>所在：{t.township} · {t.memberCount}名队员</Text>
          </Card>
          {t.myStatus && <StatusText tone={t.myStatus === 'active' ? 'ok' : 'info'}>{membershipText(t.myStatus)}</StatusText>}
          {error && <StatusText tone='error'>{error}</StatusText>}
          {(t.myStatus === null || t.myStatus === 'declined' || t.myStatus === 'left') && (
            <BigButton busy={busy} onClick={() => void act('applyToJoin')} id='team-join'>申请加入</BigButton>
          )}
          {(t.myStatus === 'active' || t.myStatus === 'pending') && !t.leaderIds.includes(myId) && (
            <BigButton kind='secondary' busy={busy} onClick={() => void act('leave')}>
              {t.myStatus === 'pending' ? '撤回申请' : '退出服务队'}
            </BigButton>
          )}
          {t.canManage && (
            <Card title='管理这个队' subtitle='发布活动、审核入队申请' onClick={() => openPage(`${ROUTES.volunteerManage}?teamId=${t.id}`)} />
          )}
          <View className='vol-gap' />
          <Text className='vol-line'>这个队近期的活动</Text>
          <PagedList
            state={activities.state}
            keyOf={(a) => a.id}
            onRetry={() => void activities.reload()}
            onMore={() => void activities.loadMore()}
            emptyText='这个队近期还没有发布活动。'
            renderItem={(a) => (
              <Card title={a.title} subtitle={dateTimeText(a.startAt)} onClick={() => openPage(`${ROUTES.volunteerActivity}?id=${a.id}`)}>
                <Text className='vol-meta'>{a.place} · {seatsText(a)}</Text>
              </Card>
            )}
          />
        </View>
      )}
    </PageShell>
  );
}

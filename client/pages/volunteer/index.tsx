import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { BigButton, Card, PageShell, StatusText } from '../../ui';
import { useMemberGate } from '../../features/session/use-member-gate';
import { GateNotice } from '../../features/session/GateNotice';
import { ROUTES } from '../../features/navigation/routes';
import { openPage } from '../../features/navigation/navigate';
import { useMyVolunteering } from '../../features/volunteers/use-volunteering';
import { dateTimeText, hoursText } from '../../features/volunteers/format';
import { membershipText, mySignupText } from '../../features/volunteers/words';
import '../../features/volunteers/volunteers.scss';

/** 志愿 tab = 我的志愿: total hours, my teams, what I signed up for, and the way to everything else. */
export default function VolunteerPage() {
  const me = useMemberGate();
  const registered = me.status === 'registered';
  const mine = useMyVolunteering(registered);
  useDidShow(() => {
    if (registered) void mine.reload();
  });
  const data = registered ? mine.state.data : undefined;
  const roles = registered ? me.member.roles : [];
  const manages = roles.includes('staff') || roles.includes('admin') || !!data?.teams.some((t) => t.isLeader);

  return (
    <PageShell title='志愿服务' tab='volunteer'>
      {!registered && <GateNotice me={me} />}
      {registered && (
        <View id='vol-summary'>
          <Card title='我的服务时长' tone='accent'>
            {mine.state.status === 'error' && (
              <View>
                <StatusText tone='error'>{mine.state.error ?? '没有加载出来'}</StatusText>
                <BigButton kind='secondary' onClick={() => void mine.reload()}>再试一次</BigButton>
              </View>
            )}
            {mine.state.status === 'loading' && <Text className='vol-line'>正在加载，请稍候…</Text>}
            {data && (
              <View>
                <Text className='vol-big-number' id='vol-total-hours'>{hoursText(data.totalMinutes)}</Text>
                <Text className='vol-meta'>共参加{data.servedCount}次志愿服务</Text>
              </View>
            )}
          </Card>
          {data && data.upcoming.length > 0 && (
            <Card title='我报名的活动'>
              {data.upcoming.map((a) => (
                <Card key={a.activityId} title={a.title} subtitle={dateTimeText(a.startAt)} tone='quiet'
                  onClick={() => openPage(`${ROUTES.volunteerActivity}?id=${a.activityId}`)}>
                  <Text className='vol-line'>{mySignupText(a.mine)}</Text>
                </Card>
              ))}
            </Card>
          )}
          {data && data.teams.length > 0 && (
            <Card title='我的服务队'>
              {data.teams.map((t) => (
                <Card key={t.id} title={t.name} subtitle={t.isLeader ? '我是队长' : membershipText(t.status)} tone='quiet'
                  onClick={() => openPage(`${ROUTES.volunteerTeam}?id=${t.id}`)} />
              ))}
            </Card>
          )}
          {data && data.past.length > 0 && (
            <Card title='参加过的活动'>
              {data.past.slice(0, 5).map((a) => (
                <View key={a.activityId} className='vol-record-row'>
                  <Text className='vol-line'>{a.title}</Text>
                  <Text className='vol-meta'>{dateTimeText(a.startAt)} · {hoursText(a.mine.minutes)}</Text>
                </View>
              ))}
            </Card>
          )}
        </View>
      )}
      <Card title='近期志愿活动' subtitle='看看时间地点，报名参加' onClick={() => openPage(ROUTES.volunteerActivities)} id='vol-entry-activities' />
      <Card title='找服务队' subtitle='银铃耀酉水服务队、银发智囊团' onClick={() => openPage(ROUTES.volunteerTeams)} id='vol-entry-teams' />
      {registered && (
        <Card title='志愿服务记录证明' subtitle='可以打印或出示' onClick={() => openPage(ROUTES.volunteerRecord)} id='vol-entry-record' />
      )}
      {registered && (
        <Card title='我的特长' subtitle='登记进银发人才库，需要时工作人员会联系您' onClick={() => openPage(ROUTES.volunteerSkills)} id='vol-entry-skills' />
      )}
      {manages && (
        <Card title='队长和工作人员' subtitle='发布活动、出示签到码、登记签到' onClick={() => openPage(ROUTES.volunteerManage)} id='vol-entry-manage' />
      )}
    </PageShell>
  );
}

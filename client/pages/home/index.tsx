import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { Role } from '@contract/roles';
import { Card, PageShell, StatusText } from '../../ui';
import { takeRegistered } from '../../features/session/welcome';
import { useMemberGate } from '../../features/session/use-member-gate';
import { GateNotice } from '../../features/session/GateNotice';
import { TodayCards } from '../../features/home/TodayCards';
import { ROUTES } from '../../features/navigation/routes';
import { openPage, openTab } from '../../features/navigation/navigate';
import './index.scss';

const PARTS = [
  { title: '学习', subtitle: '看微课、听宣讲，报名院坝小讲堂', url: ROUTES.study },
  { title: '金点子', subtitle: '给家乡发展提建议，看办理进度', url: ROUTES.ideas },
  { title: '志愿服务', subtitle: '加入志愿服务队，报名参加活动', url: ROUTES.volunteer },
];

const WORK: { role: Role; title: string; subtitle: string; url: string }[] = [
  { role: 'secretary', title: '书记工作台', subtitle: '支部书记：本支部的学习和送学上门', url: ROUTES.secretary },
  { role: 'staff', title: '工作人员后台', subtitle: '工作人员：金点子办理、志愿活动、统计', url: ROUTES.staff },
  { role: 'admin', title: '管理员：人员与身份', subtitle: '查找老同志，任命书记、工作人员', url: ROUTES.adminMembers },
  { role: 'admin', title: '管理员：党支部', subtitle: '新建党支部，修改支部名称', url: ROUTES.adminBranches },
];

/** Hour of day in China (Asia/Shanghai, UTC+8, no daylight saving), whatever the device's zone. */
const chinaHour = (): number => (new Date().getUTCHours() + 8) % 24;

function greeting(hour: number): string {
  if (hour < 11) return '上午好';
  if (hour < 13) return '中午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

export default function HomePage() {
  const me = useMemberGate();
  const member = me.status === 'registered' ? me.member : undefined;
  const work = member ? WORK.filter((w) => member.roles.includes(w.role)) : [];
  // Taken on each showing (a tab page may already exist): the welcome is for the arrival from 登记 only.
  const [welcome, setWelcome] = useState(false);
  useDidShow(() => {
    if (takeRegistered()) setWelcome(true);
  });

  return (
    <PageShell title='银铃e家' tab='home'>
      <GateNotice me={me} />
      {member && (
        <View className='home-hello' id='home-greeting'>
          {/* Two pieces that wrap as wholes: "张桂兰同志，" / "上午好！", never mid-word. */}
          <View className='home-hello-name'>
            <Text className='home-hello-piece'>{member.name}同志，</Text>
            <Text className='home-hello-piece'>{greeting(chinaHour())}！</Text>
          </View>
          <Text className='home-hello-branch'>{member.branchName}</Text>
        </View>
      )}
      {member && welcome && (
        <StatusText tone='ok' lead='登记成功' id='home-welcome'>
          {`${member.name}同志，欢迎您！以后在“我的”里可以随时修改登记的信息。`}
        </StatusText>
      )}
      {member && <TodayCards />}
      {member && <Text className='home-section'>学习和活动</Text>}
      {PARTS.map((p) => (
        <Card key={p.title} title={p.title} subtitle={p.subtitle} tone='accent' onClick={() => openTab(p.url)} />
      ))}
      {work.length > 0 && (
        <View className='home-work'>
          <Text className='home-section'>我的工作</Text>
          {work.map((w) => (
            <Card key={w.url} title={w.title} subtitle={w.subtitle} onClick={() => openPage(w.url)} />
          ))}
        </View>
      )}
    </PageShell>
  );
}

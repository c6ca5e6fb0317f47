import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import { ROLE_LABELS } from '@contract/roles';
import { BigButton, Card, PageShell, StatusText } from '../../../ui';
import { enterAs, useDemoUsers, type DemoUser } from '../../../features/demo/demo-users';
import { resetMe } from '../../../features/session/store';
import { ROUTES } from '../../../features/navigation/routes';
import './index.scss';

/** Groups in the order the brief asks; a user appears under their highest role. */
const GROUPS = ['admin', 'staff', 'secretary', 'member'] as const;

/** Branch, plus any roles beyond the group's own (an admin is also a 老同志, say). */
function subtitleOf(user: DemoUser): string {
  // Someone with no role is no member at all: the demo family helper, named by whom she helps.
  if (user.roles.length === 0) return user.label;
  const group = groupOf(user);
  const others = user.roles.filter((r): r is (typeof GROUPS)[number] => r !== group && r !== 'member' && (GROUPS as readonly string[]).includes(r));
  return [user.branchName, ...others.map((r) => `也是${ROLE_LABELS[r]}`)].filter(Boolean).join(' · ');
}

function groupOf(user: DemoUser): (typeof GROUPS)[number] {
  return GROUPS.find((g) => user.roles.includes(g)) ?? 'member';
}

/**
 * H5 only (not in the weapp build, see app.config.ts): pick who to be on the local gateway. In WeChat,
 * the platform says who the user is.
 */
export default function DevLoginPage() {
  const { users, error, setError, load } = useDemoUsers();
  const [busy, setBusy] = useState<string>();

  const enter = async (key: string, login: () => ReturnType<typeof enterAs>) => {
    setBusy(key);
    const res = await login();
    setBusy(undefined);
    if (!res.ok) {
      setError(res.message);
      return;
    }
    resetMe();
    void Taro.reLaunch({ url: ROUTES.launch });
  };

  return (
    <PageShell title='选择演示身份'>
      <StatusText tone='warn' lead='本地演示'>这个页面只在电脑上的本地演示版里有。在微信里，系统会自动认出您是谁。</StatusText>
      {error && (
        <View>
          <StatusText tone='error'>{error}</StatusText>
          <BigButton kind='secondary' onClick={() => void load()}>
            再试一次
          </BigButton>
        </View>
      )}
      <View className='devlogin-group'>
        <Text className='devlogin-head'>新用户</Text>
        <BigButton id='dev-new-user' busy={busy === 'new'} busyText='正在进入…' onClick={() => void enter('new', () => enterAs())}>
          我是新用户（首次使用）
        </BigButton>
      </View>
      {!users && !error && <StatusText lead=''>正在读取演示身份…</StatusText>}
      {users &&
        GROUPS.map((group) => {
          const list = users.filter((u) => groupOf(u) === group);
          if (list.length === 0) return null;
          return (
            <View key={group} className='devlogin-group'>
              <Text className='devlogin-head'>{ROLE_LABELS[group]}</Text>
              {list.map((u) => (
                <Card key={u.openid} title={u.name} subtitle={subtitleOf(u)} onClick={busy ? undefined : () => void enter(u.openid, () => enterAs(u.openid))}>
                  {busy === u.openid ? <Text>正在进入…</Text> : undefined}
                </Card>
              ))}
            </View>
          );
        })}
    </PageShell>
  );
}

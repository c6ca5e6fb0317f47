import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { DESK_ROUTE } from '@contract/desk-pages';
import { ROLE_LABELS, type Role } from '@contract/roles';
import { deskSession } from '../../api/desk-session';
import { deskNavFor } from './desk-nav';
import './desk-frame.scss';

const here = (): string => `/${Taro.getCurrentInstance().router?.path?.replace(/^\//, '').split('?')[0] ?? ''}`;

/**
 * At a signed-in desk, every page the phone has opens inside this frame: the desk's bar (who, 退出登录) and
 * its menu on the left, the page's own content on the right, wider than a phone's. In a phone's browser, or
 * before the desk is signed in, a page is only its content.
 */
export function DeskFrame({ children }: { title: string; children: ReactNode }) {
  const session = deskSession();
  if (!session) return <>{children}</>;
  const roles = session.roles.filter((r) => r !== 'member') as Role[];
  const current = here();
  const signOut = async () => {
    const { deskCloud } = await import('./desk-cloud');
    await deskCloud.signOut();
    await Taro.reLaunch({ url: `/${DESK_ROUTE}` });
  };
  return (
    <View className='deskframe'>
      <View className='deskframe-bar'>
        <Text className='deskframe-brand'>银铃e家 · 电脑办公</Text>
        <View className='deskframe-user'>
          {session.name && <Text className='deskframe-who' id='deskframe-who'>{`${session.name}（${roles.map((r) => ROLE_LABELS[r] ?? r).join('、')}）`}</Text>}
          <View className='deskframe-out' id='deskframe-sign-out' role='button' onClick={() => void signOut()}>
            <Text>退出登录</Text>
          </View>
        </View>
      </View>
      <View className='deskframe-row'>
        <View className='deskframe-nav' role='navigation' aria-label='电脑办公菜单'>
          {deskNavFor(session.roles).map((item) => (
            <View
              key={item.url}
              className={`deskframe-link ${item.url === current ? 'deskframe-link--here' : ''}`}
              role='link'
              aria-current={item.url === current ? 'page' : undefined}
              id={`deskframe-nav-${item.url.split('/').slice(1, -1).join('-')}`}
              onClick={() => void Taro.reLaunch({ url: item.url })}
            >
              <Text>{item.label}</Text>
            </View>
          ))}
        </View>
        <View className='deskframe-content'>{children}</View>
      </View>
    </View>
  );
}

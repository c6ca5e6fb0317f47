import { Text, View } from '@tarojs/components';
import { ROLE_LABELS, type Role } from '@contract/roles';
import { BigButton, StatusText } from '../../ui';
import { useDeskHome } from '../../features/desk/use-desk-home';
import '../../features/desk/desk.scss';

/** 电脑上办公, signed in: who is at this desk and as what, the staff queue's size, and 退出登录. */
export default function DeskHomePage() {
  const home = useDeskHome();
  const roles = (home.me?.roles ?? []).filter((r) => r !== 'member') as Role[];
  return (
    <View className='desk'>
      <View className='desk-bar'>
        <Text className='desk-brand'>银铃e家 · 电脑办公</Text>
        {home.me && (
          <View className='desk-bar-user'>
            <Text className='desk-who' id='desk-who'>{`${home.me.name}（${roles.map((r) => ROLE_LABELS[r]).join('、')}）`}</Text>
            <BigButton id='desk-sign-out' kind='secondary' inline onClick={home.signOut}>退出登录</BigButton>
          </View>
        )}
      </View>
      <View className='desk-main'>
        {home.error && <StatusText tone='error'>{home.error}</StatusText>}
        {!home.me && !home.error && <Text className='desk-p'>正在读取登录信息…</Text>}
        {home.me && (
          <>
            <Text className='desk-h1' id='desk-welcome'>{`${home.me.name}，您已在电脑上登录`}</Text>
            <Text className='desk-p'>{`身份：${roles.map((r) => ROLE_LABELS[r]).join('、')}`}</Text>
            {home.queue !== null && (
              <View className='desk-tile' id='desk-queue'>
                <Text className='desk-tile-number'>{home.queue}</Text>
                <Text className='desk-tile-label'>件金点子等待办理</Text>
              </View>
            )}
            <Text className='desk-p'>电脑上的办理页面正在建设中，现在请继续在手机上办理。</Text>
          </>
        )}
      </View>
    </View>
  );
}

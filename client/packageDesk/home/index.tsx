import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ROLE_LABELS, type Role } from '@contract/roles';
import { StatusText } from '../../ui';
import { useDeskHome } from '../../features/desk/use-desk-home';
import { DeskFrame } from '../../features/desk/DeskFrame';
import { deskNavFor } from '../../features/desk/desk-nav';
import { ROUTES } from '../../features/navigation/routes';
import '../../features/desk/desk.scss';

/**
 * 电脑上办公, signed in: who is at this desk and as what, the staff queue's size, and the work this desk
 * can open — the same pages as on the phone, in the desk frame.
 */
export default function DeskHomePage() {
  const home = useDeskHome();
  const roles = (home.me?.roles ?? []).filter((r) => r !== 'member') as Role[];
  const work = deskNavFor(home.me?.roles ?? []).slice(1);
  return (
    <DeskFrame title='电脑首页'>
      <View className='desk-main'>
        {home.error && <StatusText tone='error'>{home.error}</StatusText>}
        {!home.me && !home.error && <Text className='desk-p'>正在读取登录信息…</Text>}
        {home.me && (
          <>
            <Text className='desk-h1' id='desk-welcome'>{`${home.me.name}，您已在电脑上登录`}</Text>
            <Text className='desk-p' id='desk-who'>{`身份：${roles.map((r) => ROLE_LABELS[r]).join('、')}`}</Text>
            {home.queue !== null && (
              <View className='desk-tile' id='desk-queue' role='link' onClick={() => void Taro.reLaunch({ url: ROUTES.staffIdeasQueue })}>
                <Text className='desk-tile-number'>{home.queue}</Text>
                <Text className='desk-tile-label'>件金点子等待办理</Text>
              </View>
            )}
            <View className='desk-work' id='desk-work'>
              {work.map((item) => (
                <View key={item.url} className='desk-work-item' role='link' onClick={() => void Taro.reLaunch({ url: item.url })}>
                  <Text>{item.label}</Text>
                </View>
              ))}
            </View>
          </>
        )}
      </View>
    </DeskFrame>
  );
}

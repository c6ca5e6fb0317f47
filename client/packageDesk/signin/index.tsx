import { Text, View } from '@tarojs/components';
import { groupDeskCode } from '@contract/desk-words';
import { BigButton, StatusText } from '../../ui';
import { DeskQr } from '../../features/desk/DeskQr';
import { useDeskSignIn, type DeskPhase } from '../../features/desk/use-desk-signin';
import '../../features/desk/desk.scss';

const STATUS: Record<DeskPhase, string> = {
  starting: '正在准备登录码…',
  waiting: '等待扫码',
  scanned: '已扫码，请在手机上确认',
  signingIn: '已确认，正在登录…',
  expired: '登录码已过期，请点“换一个”',
  failed: '没有登录成功',
};

/**
 * 电脑上办公, signed out: the QR code and its 8 characters, how to scan it with the mini-program, where the
 * sign-in is, and when the code runs out (换一个 for a new one). Laid out for a desktop screen (≥ 1024 px).
 */
export default function DeskSignInPage() {
  const s = useDeskSignIn();
  const live = s.phase === 'waiting' || s.phase === 'scanned';
  return (
    <View className='desk'>
      <View className='desk-bar'>
        <Text className='desk-brand'>银铃e家 · 电脑办公</Text>
      </View>
      <View className='desk-signin'>
        <View className='desk-signin-code' id='desk-code-panel'>
          <View className={`desk-qr-box ${live ? '' : 'desk-qr-box--dim'}`}>{s.code && <DeskQr code={s.code} />}</View>
          <Text className='desk-code-text' id='desk-code'>{s.code ? groupDeskCode(s.code) : ' '}</Text>
          <Text className='desk-status' id='desk-status'>{STATUS[s.phase]}</Text>
          {live && <Text className='desk-expiry' id='desk-expiry'>{`${s.secondsLeft} 秒后过期`}</Text>}
          {s.error && <StatusText tone='error' id='desk-error'>{s.error}</StatusText>}
          <View className='desk-renew'>
            <BigButton id='desk-renew' kind={s.phase === 'expired' || s.phase === 'failed' ? 'primary' : 'secondary'} onClick={s.renew}>
              换一个
            </BigButton>
          </View>
        </View>
        <View className='desk-signin-help'>
          <Text className='desk-h1'>用微信扫一扫登录</Text>
          <Text className='desk-p'>只有工作人员、支部书记和管理员可以在电脑上办公。</Text>
          <View className='desk-steps'>
            {['打开微信里的“银铃e家”小程序，进入“我的”', '点“扫码登录电脑”，再点“扫一扫”', '对准左边的二维码（扫不了就输入下面的8位登录码）', '手机上看到“在电脑上登录 银铃e家？”，点“确认登录”'].map((step, i) => (
              <Text key={step} className='desk-step'>{`${i + 1}. ${step}`}</Text>
            ))}
          </View>
          <Text className='desk-p'>登录码2分钟内有效，只能用一次。电脑上的登录保持一个工作日；离开时请点“退出登录”，或在手机上点“退出所有电脑”。</Text>
        </View>
      </View>
    </View>
  );
}

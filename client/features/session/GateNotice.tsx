import { View } from '@tarojs/components';
import { BigButton, StatusText } from '../../ui';
import { loadMe, type MeState } from './store';

const NO_IDENTITY = '没有取得您的微信身份。请退出小程序后重新打开；如果还不行，请联系老干部局工作人员。';

/**
 * What a member page shows while `members.me` is not settled: a loading line, or an error in plain
 * words with a retry button. Returns null once the member is known.
 */
export function GateNotice({ me }: { me: MeState }) {
  if (me.status === 'registered') return null;
  if (me.status === 'error' || me.status === 'unauthenticated') {
    return (
      <View>
        <StatusText tone='error'>{me.status === 'error' ? me.message : NO_IDENTITY}</StatusText>
        <BigButton onClick={() => void loadMe()}>再试一次</BigButton>
      </View>
    );
  }
  return <StatusText tone='info' lead=''>正在打开，请稍候…</StatusText>;
}

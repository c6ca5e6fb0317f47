import { View } from '@tarojs/components';
import { BigButton } from './BigButton';
import { StatusText } from './StatusText';
import { ROUTES } from '../features/navigation/routes';
import { openPage } from '../features/navigation/navigate';

interface Props {
  /** The plain-words reason from the server (call-api's 网络不太好，请稍后再点一次 on a lost connection). */
  error?: string;
  onRetry: () => void;
  /** What failed, when the server gave no reason. */
  fallback?: string;
  id?: string;
}

/**
 * A page or a part of it did not load: say so in plain words and offer 再试一次. Loading again only
 * reads, so pressing it twice is harmless. A reader who is still stuck gets one tap to 使用帮助, which
 * has the numbers to ring (kept on the phone, so they show when the network does not).
 */
export function LoadFailed({ error, onRetry, fallback = '请点下面的“再试一次”', id }: Props) {
  return (
    <View className='load-failed'>
      <StatusText tone='error' lead='没有加载出来' id={id}>
        {error ?? fallback}
      </StatusText>
      <BigButton kind='secondary' onClick={onRetry}>
        再试一次
      </BigButton>
      <BigButton kind='plain' onClick={() => openPage(ROUTES.help)}>
        还是不行？找人帮忙
      </BigButton>
    </View>
  );
}

/**
 * While a page's data loads: 正在加载，请稍候…; when it failed: LoadFailed; once it is there: nothing
 * (the page shows the data).
 */
export function LoadState({ state, ...rest }: Omit<Props, 'error'> & { state: { status: 'loading' | 'ready' | 'error'; error?: string } }) {
  if (state.status === 'loading') return <StatusText lead=''>正在加载，请稍候…</StatusText>;
  if (state.status === 'error') return <LoadFailed error={state.error} {...rest} />;
  return null;
}

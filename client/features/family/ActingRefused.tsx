import { View } from '@tarojs/components';
import { BigButton, StatusText } from '../../ui';
import { ROUTES } from '../navigation/routes';
import { openPage } from '../navigation/navigate';
import './family.scss';

/**
 * What every acting page shows once the server refuses the link (the elder ended it, or it never was):
 * the refusal in plain words, the way back to the helper's elders, and a retry for a failed network.
 */
export function ActingRefused({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <>
      <StatusText tone='error' id='family-act-refused'>{message}</StatusText>
      <View className='family-buttons'>
        <BigButton id='family-act-back' onClick={() => openPage(ROUTES.familyElders)}>回到我帮办的老人</BigButton>
        <BigButton id='family-act-retry' kind='secondary' onClick={onRetry}>再试一次</BigButton>
      </View>
    </>
  );
}

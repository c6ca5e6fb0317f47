import { Text } from '@tarojs/components';
import './check-in-code.scss';

/** The 4-digit code a leader or secretary shows at the place for people to type: as big as the phone allows. */
export function CheckInCode({ code }: { code: string }) {
  return <Text className='checkin-code'>{code}</Text>;
}

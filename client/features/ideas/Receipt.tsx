import { View, Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { BigButton } from '../../ui';
import { idProp } from '../../ui/id-prop';
import './ideas.scss';

/**
 * A receipt number (JDZ-2026-0008) set large and always on one line, whatever the type size, so it
 * can be read out digit by digit on the phone.
 */
export function ReceiptNo({ value, id }: { value: string; id?: string }) {
  return (
    <Text className='idea-receipt' {...idProp(id)}>
      {value}
    </Text>
  );
}

/**
 * What to say above the number: "打电话询问" only when there is a number to ring (shown below it);
 * `tell` names the member a secretary passes the number on to.
 */
export const receiptHint = (phone: string | undefined, tell?: string): string =>
  `编号（${tell ? `请告诉${tell}，` : phone ? '' : '请记下，'}${phone ? '打电话' : '以后'}询问时报这个编号）：`;

/**
 * The bureau's number, with a button that rings it (a phone call, no form to fill). It comes from the
 * functions' configuration with the idea; without one configured nothing is shown.
 */
export function CallBureau({ phone, id = 'idea-call' }: { phone?: string; id?: string }) {
  if (!phone) return null;
  return (
    <View className='idea-call' id={id}>
      <Text className='idea-meta'>有疑问，请打县委老干部局的电话：</Text>
      <Text className='idea-phone' id={`${id}-number`}>
        {phone}
      </Text>
      <BigButton kind='secondary' id={`${id}-button`} onClick={() => void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)}>
        拨打这个电话
      </BigButton>
    </View>
  );
}

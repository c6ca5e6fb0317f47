import Taro from '@tarojs/taro';
import { BigButton } from './BigButton';

interface Props {
  phone: string;
  /** Who is rung, said on the button: "给何光明打电话". */
  who: string;
  id?: string;
}

/** A landline's hyphen would let the number break across lines ("0743-" / "6221234"); U+2011 does not. */
const onOneLine = (phone: string) => phone.replace(/-/g, '\u2011');

/**
 * One tap rings a person: the number is on the button, so nothing has to be copied. A cancelled call is
 * not an error (the system sheet lets the reader back out).
 */
export function CallButton({ phone, who, id }: Props) {
  return (
    <BigButton kind='secondary' id={id} onClick={() => void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)}>
      {`给${who}打电话 ${onOneLine(phone)}`}
    </BigButton>
  );
}

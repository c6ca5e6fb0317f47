import Taro from '@tarojs/taro';
import type { TemplateKey } from '@contract/templates';
import { deskSession } from '../../api/desk-session';
import { requestSubscribe } from './subscribe';

/**
 * Asks, at the tap where a member expects news, whether WeChat may tell them (one message per 允许).
 * Once per intent, never in a loop: a template someone declined is remembered and not asked again
 * unless they turn news on themselves (消息 page, `askAgain`). Call it first thing in the tap handler,
 * without awaiting it before the work: the sheet and the work go on side by side.
 */
const DECLINED = 'yl_subscribe_declined';

const declined = (): TemplateKey[] => {
  try {
    const kept = Taro.getStorageSync(DECLINED) as unknown;
    return Array.isArray(kept) ? (kept as TemplateKey[]) : [];
  } catch {
    return [];
  }
};

const remember = (keys: TemplateKey[]) => {
  try {
    Taro.setStorageSync(DECLINED, keys);
  } catch {
    /* storage full or unavailable: we simply ask again next time */
  }
};

export const askToBeTold = (keys: TemplateKey[], options: { evenIfDeclined?: boolean } = {}): Promise<void> => {
  // A desk is a web page on a PC: WeChat's subscription sheet exists only inside the mini-program, so a
  // desk asks nothing (the member's own 允许, given on the phone, is what lets a message through).
  if (deskSession()) return Promise.resolve();
  const before = declined();
  const ask = options.evenIfDeclined ? keys : keys.filter((k) => !before.includes(k));
  if (ask.length === 0) return Promise.resolve();
  return requestSubscribe(ask)
    .then((choices) => {
      const refused = ask.filter((k) => choices[k] === 'reject');
      const accepted = ask.filter((k) => choices[k] === 'accept');
      remember([...before.filter((k) => !accepted.includes(k)), ...refused.filter((k) => !before.includes(k))]);
    })
    .catch(() => undefined);
};

/** The 消息 page's "开启微信通知": the member asks for it, so earlier refusals are set aside. */
export const askAgain = (keys: TemplateKey[]) => askToBeTold(keys, { evenIfDeclined: true });

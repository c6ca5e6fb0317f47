import Taro from '@tarojs/taro';

/**
 * Whom a family helper is acting for right now: the link and the elder's name, kept on the phone so every
 * page of the helper's pages says "正在替 张秀英 办理" and sends the link with each call.
 */
export interface Acting {
  linkId: string;
  memberName: string;
}

const KEY = 'yl.family.acting';

export const actingNow = (): Acting | null => {
  try {
    const kept = Taro.getStorageSync(KEY) as Acting | '';
    return kept && typeof kept === 'object' && kept.linkId ? kept : null;
  } catch {
    return null;
  }
};

export const startActing = (acting: Acting): void => {
  try {
    Taro.setStorageSync(KEY, acting);
  } catch {
    // storage unavailable: the page still has the link in its address
  }
};

export const stopActing = (): void => {
  try {
    Taro.removeStorageSync(KEY);
  } catch {
    // nothing kept
  }
};

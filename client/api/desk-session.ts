import Taro from '@tarojs/taro';

/**
 * Whether this browser is a signed-in desk (电脑上办公), and who for the frame's name line. The marker is
 * only a hint for the browser: it picks the desk transport (the js-sdk's bearer token) and the desk frame.
 * Identity is the platform's: the functions read it from the SDK's credentials on every call and refuse a
 * desk whose login or role has gone (DESK_SIGNED_OUT / DESK_FORBIDDEN), whatever this marker says.
 */
export interface DeskSession {
  name: string;
  roles: string[];
}

const KEY = 'yinling.desk';

export function deskSession(): DeskSession | null {
  try {
    const kept = Taro.getStorageSync(KEY) as DeskSession | '' | undefined;
    return kept && typeof kept === 'object' && typeof kept.name === 'string' ? kept : null;
  } catch {
    return null;
  }
}

export const rememberDesk = (session: DeskSession): void => Taro.setStorageSync(KEY, session);

export const forgetDesk = (): void => {
  try {
    Taro.removeStorageSync(KEY);
  } catch {
    // nothing kept
  }
};

import Taro from '@tarojs/taro';

/**
 * Passing an invitation on from a browser (the desk PC): there is no share card there, so the link to
 * the registration page with the code is copied. (In WeChat the page's share card does it.)
 */
export const copyInvite = async (invitePath: string): Promise<void> => {
  const { origin, pathname } = window.location;
  await Taro.setClipboardData({ data: `${origin}${pathname}#/${invitePath}` });
};

import Taro from '@tarojs/taro';

/**
 * Passing an invitation on. In WeChat staff forward the registration page itself (a share card that
 * opens it with the code); in a browser (the desk PC) there is no share card, so the link is copied.
 */
export const inviteLink = (invitePath: string): string => {
  if (process.env.TARO_ENV !== 'h5') return `/${invitePath}`;
  const { origin, pathname } = window.location;
  return `${origin}${pathname}#/${invitePath}`;
};

export const copyInvite = async (invitePath: string): Promise<void> => {
  await Taro.setClipboardData({ data: inviteLink(invitePath) });
};

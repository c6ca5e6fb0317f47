import Taro from '@tarojs/taro';
import { ROUTES } from './routes';

/** Open a page on top of the current one (the reader can come back). */
export function openPage(url: string): void {
  Taro.navigateTo({ url }).catch(() => Taro.redirectTo({ url }));
}

export function openTab(url: string): void {
  Taro.switchTab({ url }).catch(() => Taro.reLaunch({ url }));
}

/** Back one page; when there is nothing behind (opened from a link), go to 首页. */
export function goBack(): void {
  if (Taro.getCurrentPages().length > 1) {
    Taro.navigateBack().catch(() => openTab(ROUTES.home));
  } else {
    openTab(ROUTES.home);
  }
}

/** Replace the current page (used by the launch flow, so 返回 never leads back into it). */
export function replacePage(url: string): void {
  Taro.redirectTo({ url }).catch(() => Taro.reLaunch({ url }));
}

import Taro from '@tarojs/taro';

/** The page the mini-program was opened on, and its query (WeChat's launch options). */
export function launchPage(): { path: string; query: Record<string, string> } {
  try {
    const { path, query } = Taro.getLaunchOptionsSync();
    return { path: path.replace(/^\//, ''), query: (query ?? {}) as Record<string, string> };
  } catch {
    return { path: '', query: {} };
  }
}

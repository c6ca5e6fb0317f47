import Taro from '@tarojs/taro';
import { NavigationBar, PageMeta } from '@tarojs/components';
import { ROOT_PX, useFontScale } from './store';

/** WeChat's default font setting is 17px; a reader who has enlarged it in WeChat gets that ratio on top. */
function wechatFactor(): number {
  try {
    const setting = Number(Taro.getSystemInfoSync().fontSizeSetting);
    return setting > 17 ? setting / 17 : 1;
  } catch {
    return 1;
  }
}

const factor = wechatFactor();

/**
 * weapp: the page's root font size, which every `rem` follows. Needs `enablePageMeta: true` in the
 * page config (Taro lifts <PageMeta> to the page's first node). Taro's page-meta template always carries
 * a <navigation-bar> whose defaults (black text, no title) would override app.json's window settings,
 * so the bar is set here explicitly. H5 has RootFont.h5.tsx.
 */
export function RootFont({ title }: { title: string }) {
  const scale = useFontScale();
  const px = Math.round(ROOT_PX[scale] * factor * 10) / 10;
  return (
    <PageMeta rootFontSize={`${px}px`}>
      <NavigationBar title={title} frontColor='#ffffff' backgroundColor='#a81c17' />
    </PageMeta>
  );
}

import { NavigationBar, PageMeta } from '@tarojs/components';
import { ROOT_PX, useFontScale } from './store';

/**
 * weapp: the page's root font size, which every `rem` follows. WeChat's own font setting chooses the
 * starting 字的大小 (store.ts), not a factor on top: 特大 is the largest size the layouts are checked at. Needs `enablePageMeta: true` in the
 * page config (Taro lifts <PageMeta> to the page's first node). Taro's page-meta template always carries
 * a <navigation-bar> whose defaults (black text, no title) would override app.json's window settings,
 * so the bar is set here explicitly. H5 has RootFont.h5.tsx.
 */
export function RootFont({ title }: { title: string }) {
  const scale = useFontScale();
  return (
    <PageMeta rootFontSize={`${ROOT_PX[scale]}px`}>
      <NavigationBar title={title} frontColor='#ffffff' backgroundColor='#a81c17' />
    </PageMeta>
  );
}

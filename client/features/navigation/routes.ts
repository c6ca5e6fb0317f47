import { PAGES } from '@contract/pages';

type Routes = { readonly [K in keyof typeof PAGES]: `/${(typeof PAGES)[K]}` };

const withSlash = (): Routes => {
  const routes: Record<string, string> = {};
  for (const name of Object.keys(PAGES) as Array<keyof typeof PAGES>) routes[name] = `/${PAGES[name]}`;
  return routes as Routes;
};

/** Every page's path as Taro navigates to it; the paths are named once, in cloudfunctions/contract/pages.ts. */
export const ROUTES = withSlash();

export type TabKey = 'home' | 'study' | 'ideas' | 'volunteer' | 'mine';

export const TABS: readonly { key: TabKey; label: string; url: string }[] = [
  { key: 'home', label: '首页', url: ROUTES.home },
  { key: 'study', label: '学习', url: ROUTES.study },
  { key: 'ideas', label: '金点子', url: ROUTES.ideas },
  { key: 'volunteer', label: '志愿', url: ROUTES.volunteer },
  { key: 'mine', label: '我的', url: ROUTES.mine },
];

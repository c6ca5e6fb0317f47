import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PAGES } from '../../cloudfunctions/contract/pages';
import { ROUTES, TABS } from '../../client/features/navigation/routes';
import { DEV_LOGIN_ROUTE } from '../../client/features/navigation/dev-routes';
import { DESK_PAGES } from '../../cloudfunctions/contract/desk-pages';

interface AppConfig {
  pages: string[];
  subPackages: Array<{ root: string; pages: string[] }>;
  tabBar: { list: Array<{ pagePath: string }> };
}

/** app.config.ts as the H5 build reads it (the H5 build has every page the weapp one has, and the dev sign-in). */
const appConfig = (): AppConfig => {
  const env = process.env.TARO_ENV;
  process.env.TARO_ENV = 'h5';
  Object.assign(globalThis, { defineAppConfig: (config: AppConfig) => config });
  try {
    let config: AppConfig | undefined;
    jest.isolateModules(() => {
      config = (require('../../client/app.config') as { default: AppConfig }).default;
    });
    return config as AppConfig;
  } finally {
    process.env.TARO_ENV = env;
  }
};

const ROOT = path.resolve(__dirname, '../..');

/** Every .ts file under a folder. */
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return full.endsWith('.ts') ? [full] : [];
  });

describe('page paths, named once (contract/pages.ts)', () => {
  const config = appConfig();
  const declared = new Set([...config.pages, ...config.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]);

  it.each(Object.entries(PAGES))('%s (%s) is a page of app.config.ts', (_name, page) => {
    expect(declared.has(page)).toBe(true);
  });

  it('every page of app.config.ts is named there, but the H5-only demo sign-in and desk pages', () => {
    const named = new Set<string>(Object.values(PAGES));
    expect([...declared].filter((page) => !named.has(page))).toEqual([DEV_LOGIN_ROUTE.slice(1), ...DESK_PAGES]);
  });

  it('the tab bar and the client routes are the same pages', () => {
    expect(config.tabBar.list.map((t) => `/${t.pagePath}`)).toEqual(TABS.map((t) => t.url));
    for (const [name, page] of Object.entries(PAGES)) expect(ROUTES[name as keyof typeof ROUTES]).toBe(`/${page}`);
  });

  it('the functions name pages only through PAGES: no page path is written out in a handler', () => {
    const written = sources(path.join(ROOT, 'cloudfunctions/features')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ at: `${path.relative(ROOT, file)}:${i + 1}`, line }))
        .filter(({ line }) => /['`](pages|package[A-Z]\w*)\/[\w/-]*index/.test(line)),
    );
    expect(written).toEqual([]);
  });
});

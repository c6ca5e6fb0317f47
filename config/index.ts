import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const root = path.resolve(__dirname, '..');
const contractDir = path.join(root, 'cloudfunctions', 'contract');
const platform = process.env.TARO_ENV ?? 'weapp';

const subscribeTemplateIds = (envId: string | undefined): Record<string, string> => {
  const all = JSON.parse(readFileSync(path.join(__dirname, 'subscribe-templates.json'), 'utf8')) as Record<string, Record<string, string>>;
  return all[envId || 'local'] ?? {};
};

/**
 * Units: why pxtransform converts NO sizes on either platform.
 *
 * Taro's default turns every `px` into `rpx` on weapp and into width-scaled `rem` on H5 (with a script
 * that sets <html> font-size from the screen width). Both shrink with the phone: 36rpx is 15px on a
 * 320-px phone, and the elder-first minimums (body ≥ 18px, buttons ≥ 60px, targets ≥ 44px) to hold on
 * every phone. So styles are written in:
 *   - `rem` for type and vertical spacing. 1rem = the app's root font size: 18px by default, larger when
 *     the reader picks 大/特大 in 我的 or WeChat's own font setting is larger (client/ui/font-scale). On
 *     weapp the root size is set per page with <PageMeta rootFontSize> (page config `enablePageMeta`);
 *     on H5 on <html> as a percentage, so the browser's own font setting still counts.
 *   - real `px` for fixed minimums, hairlines and side padding (min-height: 60px, borders), which
 *     pxtransform leaves alone because of `methods: ['platform']` below.
 * No rpx anywhere. The plugin stays enabled only for its platform method: `/* #ifdef h5 *\/ … /* #endif *\/`
 * blocks in SCSS (H5-only rules such as :focus-visible, which WXSS does not accept).
 * client/index.html is our own template without Taro's rem script (htmlWebpackPlugin `script`).
 */
const pxtransform = { enable: true, config: { methods: ['platform'] } };

/**
 * Leaves zod's every-language message index out of the app (client/vendor-stubs/zod-locales.ts says why):
 * about a third of the mini-program's main package. Matched on the resolved file, since zod reaches it
 * by a relative path.
 */
function dropZodLocales(chain: { plugin: (name: string) => { use: (plugin: unknown, args: unknown[]) => unknown } }): void {
  // Taro's own webpack, loaded at build time only.
  const { NormalModuleReplacementPlugin } = require('webpack') as { NormalModuleReplacementPlugin: unknown };
  const stub = path.join(root, 'client', 'vendor-stubs', 'zod-locales.ts');
  chain.plugin('zod-no-locales').use(NormalModuleReplacementPlugin, [/[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/, stub]);
}

/** webpack's filesystem cache (rebuilds in seconds), invalidated by the build config and app.config. */
function useFilesystemCache(chain: { cache: (options: object) => unknown }): void {
  chain.cache({
    type: 'filesystem',
    // In this checkout, not node_modules/.cache: node_modules may be shared by several checkouts.
    cacheDirectory: path.join(root, '.cache', 'webpack'),
    name: `${process.env.NODE_ENV ?? 'production'}-${platform}`,
    buildDependencies: {
      config: [__filename, path.join(__dirname, 'dev.ts'), path.join(__dirname, 'prod.ts'), path.join(root, 'babel.config.js')],
      files: [path.join(root, 'client', 'app.config.ts')],
    },
  });
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'yinling-ehome',
    date: '2025-11-28',
    designWidth: 375,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'client',
    // One output folder per platform: dist/weapp is what project.config.json's miniprogramRoot names.
    outputRoot: `dist/${platform}`,
    plugins: [],
    defineConstants: {
      CLOUD_ENV_ID: JSON.stringify(process.env.CLOUD_ENV_ID ?? ''),
      // The same ids the functions get at deploy: the environment's section, or the emulator's `local` one.
      SUBSCRIBE_TEMPLATE_IDS: JSON.stringify(subscribeTemplateIds(process.env.CLOUD_ENV_ID)),
    },
    alias: {
      '@contract': contractDir,
      '@': path.join(root, 'client'),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    // Persistent cache is set in webpackChain below: Taro's own `cache.enable` always adds
    // src/app.config to the build dependencies (sourceRoot is client here), which breaks the cache.
    cache: { enable: false },
    mini: {
      // The contract (zod schemas, error texts) lives outside sourceRoot; compile it like our own code.
      compile: { include: [contractDir] },
      webpackChain(chain) {
        useFilesystemCache(chain);
        dropZodLocales(chain);
      },
      postcss: {
        pxtransform,
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      compile: { include: [contractDir] },
      webpackChain(chain) {
        useFilesystemCache(chain);
        dropZodLocales(chain);
        // Taro splits H5 chunks for 'initial' chunks only, so every lazily loaded page carried its own
        // copy of React, zod and the contract (~480 KB each). Share them across page chunks too.
        // Taro also sets minSize 0, which cut ~30 chunks of a few hundred bytes each; on a slow network each
        // costs a full round trip, queued six at a time by the browser. Below webpack's usual 20 KB a shared
        // module is copied into the chunks that use it instead, and a page comes in at most four chunks, so
        // with its CSS and the members.me asked at launch it fits the six connections in one round trip.
        const split = chain.optimization.get('splitChunks') ?? {};
        chain.optimization.splitChunks({ ...split, chunks: 'all', minSize: 20_000, maxAsyncRequests: 4 });
      },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      router: { mode: 'hash' },
      postcss: {
        pxtransform,
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };

  // TOOLCHAIN trap 6: Taro copies project.config.json into the weapp output with miniprogramRoot "./",
  // where its cloudfunctionRoot would dangle. The root project.config.json is the only authoritative one
  // (open the repo root in WeChat DevTools), so point Taro at a name that does not exist and nothing is copied.
  const noProjectConfigCopy = { projectConfigName: 'project.config.taro-copy-disabled.json' };

  const envConfig = process.env.NODE_ENV === 'development' ? devConfig : prodConfig;
  return merge({}, baseConfig, noProjectConfigCopy, envConfig);
});

import type { UserConfigExport } from '@tarojs/cli';

/** Development builds (`taro build --watch`): readable output, build logs on. */
export default {
  logger: { quiet: false, stats: false },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>;

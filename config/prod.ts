import type { UserConfigExport } from '@tarojs/cli';

/** Production builds: minified, no source maps in the weapp package (they would count against 2 MB). */
export default {
  mini: {
    enableSourceMap: false,
  },
  h5: {
    enableSourceMap: false,
  },
} satisfies UserConfigExport<'webpack5'>;

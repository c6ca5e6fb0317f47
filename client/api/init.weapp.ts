import Taro from '@tarojs/taro';

/** weapp: Taro.cloud.init once at launch. CLOUD_ENV_ID comes from the build (config/index.ts). */
export function initBackend(): void {
  Taro.cloud.init(CLOUD_ENV_ID ? { env: CLOUD_ENV_ID, traceUser: true } : { traceUser: true });
}

import type { RequestSubscribe } from './subscribe-types';

/** Platforms without subscribe messages (tests): nothing is asked. Taro picks subscribe.weapp / .h5. */
export const requestSubscribe: RequestSubscribe = async () => ({});

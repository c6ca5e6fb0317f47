import Taro from '@tarojs/taro';
import type { Transport } from './transport';

/** weapp: call the cloud function; the envelope is the function's return value (`result`). */
export const send: Transport = async (fn, event) => {
  const res = await Taro.cloud.callFunction({
    name: fn,
    data: { action: event.action, input: event.input, requestId: event.requestId, ...(event.actFor ? { actFor: event.actFor } : {}) },
  });
  return res.result;
};

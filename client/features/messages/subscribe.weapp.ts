import Taro from '@tarojs/taro';
import type { TemplateKey } from '@contract/templates';
import type { Choice, RequestSubscribe } from './subscribe-types';

/** weapp: WeChat's own sheet; it shows at most three templates per request. */
export const requestSubscribe: RequestSubscribe = async (keys) => {
  const wanted = keys.filter((k) => SUBSCRIBE_TEMPLATE_IDS[k]).slice(0, 3);
  if (wanted.length === 0) return {};
  try {
    const answer = (await Taro.requestSubscribeMessage({ tmplIds: wanted.map((k) => SUBSCRIBE_TEMPLATE_IDS[k]!), entityIds: [] })) as unknown as Record<string, string>;
    return Object.fromEntries(wanted.map((k) => [k, answer[SUBSCRIBE_TEMPLATE_IDS[k]!] === 'accept' ? 'accept' : 'reject'])) as Partial<Record<TemplateKey, Choice>>;
  } catch {
    // The main switch is off, or WeChat could not show the sheet: nothing to remember as a refusal.
    return Object.fromEntries(wanted.map((k) => [k, 'unavailable'])) as Partial<Record<TemplateKey, Choice>>;
  }
};

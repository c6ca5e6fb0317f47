import type { TemplateKey } from '@contract/templates';

/**
 * WeChat's subscription sheet (requestSubscribeMessage), per platform: weapp asks WeChat; the H5 build
 * shows a stand-in sheet and records the choice in the local emulator. Must be called directly inside a
 * tap handler, before anything is awaited: WeChat refuses a request that is not a user's tap.
 */
export type Choice = 'accept' | 'reject' | 'unavailable';

export type RequestSubscribe = (keys: TemplateKey[]) => Promise<Partial<Record<TemplateKey, Choice>>>;

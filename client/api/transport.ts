import type { CallEvent } from '@contract/envelope';
import type { FunctionName } from '@contract/define';

/**
 * How one call leaves the app. The real implementations are chosen at build time by Taro's platform
 * file suffix: `transport.weapp.ts` (CloudBase callFunction) and `transport.h5.ts`
 * (fetch to the local gateway). Taro's resolver only applies the suffix to relative imports, so
 * call-api.ts imports `./transport`. This suffix-less file is what TypeScript and jest see, and what a
 * platform without its own file would get.
 *
 * A transport resolves to whatever the function answered (normally an Envelope) and may throw on
 * network failure; callApi turns both into an Envelope.
 */
export type Transport = (fn: FunctionName, event: CallEvent) => Promise<unknown>;

export const send: Transport = async () => {
  throw new Error('No transport for this platform');
};

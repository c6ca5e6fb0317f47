import type { CallEvent } from '@contract/envelope';
import type { FunctionName } from '@contract/define';

/**
 * The desk's CloudBase app (电脑上办公): H5 only (desk-app.h5.ts, the unchanged js-sdk). This suffix-less
 * file is what the mini-program build and the type checker see: there is no desk there.
 */
export interface DeskAppAuth {
  getLoginState(): Promise<unknown>;
  signInAnonymously(): Promise<unknown>;
  signInWithCustomTicket(getTicket: () => Promise<string>): Promise<unknown>;
  signOut(): Promise<unknown>;
}

export const deskAuth = (): DeskAppAuth => {
  throw new Error('电脑办公页只能在电脑的浏览器里打开');
};

/** One call over the desk's login; resolves to what the function answered, throws the platform's refusals. */
export const deskSend = async (_fn: FunctionName, _event: CallEvent): Promise<unknown> => {
  throw new Error('电脑办公页只能在电脑的浏览器里打开');
};

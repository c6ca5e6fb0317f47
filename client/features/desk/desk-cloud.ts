import type { ActionName, InputOf, OutputOf } from '@contract/registry';
import type { Envelope } from '@contract/envelope';

/**
 * The desk's own link to CloudBase (电脑上办公): the browser signs in to the environment with
 * @cloudbase/js-sdk (anonymously, then with the custom-login ticket a phone's confirmation earns) and calls
 * the functions over HTTP with the SDK's bearer token. Only the H5 desk pages use it (desk-cloud.h5.ts);
 * this file is what the mini-program build and the type checker see: the desk does not exist there.
 */
export interface DeskCloud {
  /** An anonymous CloudBase login, unless the browser holds one already. */
  signInAnonymously(): Promise<void>;
  signInWithTicket(ticket: string): Promise<void>;
  signOut(): Promise<void>;
  call<A extends ActionName>(action: A, input: InputOf<A>): Promise<Envelope<OutputOf<A>>>;
}

const absent = async (): Promise<never> => {
  throw new Error('电脑办公页只能在电脑的浏览器里打开');
};

export const deskCloud: DeskCloud = { signInAnonymously: absent, signInWithTicket: absent, signOut: absent, call: absent };

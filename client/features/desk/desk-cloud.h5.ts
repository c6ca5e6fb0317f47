import { functionFor, type Namespace } from '@contract/functions';
import type { Envelope } from '@contract/envelope';
import { BAD_ANSWER_MESSAGE, NETWORK_MESSAGE } from '../../api/call-api';
import { deskAuth } from '../../api/desk-app';
import { deskSession, forgetDesk, rememberDesk } from '../../api/desk-session';
import { newRequestId } from '../../api/request-id';
import { sendFromDesk } from '../../api/transport.h5';
import { resetMe } from '../session/store';
import type { DeskCloud } from './desk-cloud';

/**
 * H5: the desk's sign-in through the unchanged js-sdk (client/api/desk-app.h5.ts). Before the custom login
 * the browser is an anonymous CloudBase user and calls only the desk.* sign-in actions; once desk.me
 * answers for a member, the browser is marked as a desk (client/api/desk-session.ts) and every page's calls
 * go through the SDK with that member's platform identity.
 */
const failed = (message: string): Envelope<never> => ({ ok: false, error: { code: 'INTERNAL', message }, requestId: '' });

const isEnvelope = (value: unknown): value is Envelope<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';

export const deskCloud: DeskCloud = {
  signInAnonymously: async () => {
    if (await deskAuth().getLoginState()) return;
    await deskAuth().signInAnonymously();
  },
  signInWithTicket: async (ticket) => {
    const answer = (await deskAuth().signInWithCustomTicket(async () => ticket)) as { error?: { message?: string } } | undefined;
    if (answer?.error) throw new Error(answer.error.message ?? 'custom login refused');
  },
  signOut: async () => {
    forgetDesk();
    await deskAuth().signOut().catch(() => undefined);
  },
  // The sign-in actions are reads or single-use codes: each call is its own request.
  call: async (action, input) => {
    let answer: unknown;
    try {
      answer = await sendFromDesk(functionFor(action as `${Namespace}.${string}`), { action, input, requestId: newRequestId() });
    } catch {
      return failed(NETWORK_MESSAGE) as never;
    }
    if (!isEnvelope(answer)) return failed(BAD_ANSWER_MESSAGE) as never;
    if (action === 'desk.me' && answer.ok) {
      const me = answer.data as { name: string; roles: string[] };
      const signingIn = deskSession() === null;
      rememberDesk({ name: me.name, roles: me.roles });
      // The app asked members.me at launch, before this browser was anyone: ask again as the desk's member,
      // or the pages that need a member would still see 'unauthenticated' and send it to the demo sign-in.
      if (signingIn) resetMe();
    }
    return answer as never;
  },
};

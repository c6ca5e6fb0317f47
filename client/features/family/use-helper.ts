import type { ActionName, InputOf, OutputOf } from '@contract/registry';
import type { Envelope } from '@contract/envelope';
import { useCallback } from 'react';
import { callApi } from '../../api/call-api';
import { useLoad } from '../../api/use-load';
import { useIntent } from '../../api/request-id';
import { sendIntent, useSend } from '../../api/use-send';

/** The family helper's side: ask with a code, see whom I help, and act for one of them. */
export type HelpedLink = OutputOf<'family.helping'>['items'][number];

export const useHelping = (key: string) => useLoad(() => callApi('family.helping', {}), key);

export const useRedeem = () => {
  const send = useSend();
  return (input: InputOf<'family.redeem'>) => send('family.redeem', input);
};

/** Reads for the elder, through the link: the server answers as that elder, and refuses once the link ended. */
export const useActingReads = (linkId: string, key: string) => ({
  mine: useLoad(() => callApi('volunteers.mine', {}, { actFor: linkId }), `mine:${linkId}:${key}`),
  activities: useLoad(() => callApi('volunteers.activities', { when: 'upcoming', page: 1, pageSize: 10 }, { actFor: linkId }), `acts:${linkId}:${key}`),
  messages: useLoad(() => callApi('messages.list', { page: 1, pageSize: 5 }, { actFor: linkId }), `msgs:${linkId}:${key}`),
});

/** Writes for the elder through the link, with the usual one-intent requestId rule (api/request-id.ts). */
export const useActFor = (linkId: string) => {
  const intent = useIntent();
  return useCallback(
    <A extends ActionName>(action: A, input: InputOf<A>): Promise<Envelope<OutputOf<A>>> => sendIntent(intent, action, input, { actFor: linkId }),
    [intent, linkId],
  );
};

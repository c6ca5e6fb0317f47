import type { OutputOf } from '@contract/registry';
import { callApi } from '../../api/call-api';
import { notYet, useLoad } from '../../api/use-load';
import { usePaged } from '../../api/use-paged';
import { useSend } from '../../api/use-send';

/** The member's own 家人帮办: their code, the helpers asking and helping, and what helpers did. */
export type FamilyLink = OutputOf<'family.mine'>['items'][number];
export type FamilyAct = OutputOf<'family.acts'>['items'][number];

export const useMyHelpers = (ready: boolean, key: string) => useLoad(() => (ready ? callApi('family.mine', {}) : notYet()), `${ready}:${key}`);

export const useFamilyActs = (ready: boolean, key: string) =>
  usePaged<FamilyAct>((page) => (ready ? callApi('family.acts', { page, pageSize: 10 }) : notYet()), `${ready}:${key}`);

/** 生成邀请码, 同意 / 不同意, 结束帮办: each answer shown by the page. */
export const useFamilyMoves = () => {
  const send = useSend();
  return {
    invite: () => send('family.invite', {}),
    confirm: (linkId: string, accept: boolean) => send('family.confirm', { linkId, accept }),
    end: (linkId: string) => send('family.end', { linkId }),
  };
};

import Taro from '@tarojs/taro';
import type { OutputOf } from '@contract/registry';
import { callApi } from '../../api/call-api';
import { answered, notYet, useLoad } from '../../api/use-load';

export type HelpContacts = OutputOf<'members.helpContacts'>;

/**
 * The numbers to ring are kept on the phone, per member, after each answer: a member stuck because the
 * network is bad is exactly the one who needs the call buttons. Only a failed connection (INTERNAL) falls
 * back to them; any other answer stands.
 */
const KEPT = 'yl.help.';
const keep = (memberId: string, data: HelpContacts) => {
  try {
    Taro.setStorageSync(KEPT + memberId, data);
  } catch {
    // storage unavailable: the buttons show whenever the server answers
  }
};
const kept = (memberId: string): HelpContacts | null => {
  try {
    const d = Taro.getStorageSync(KEPT + memberId) as HelpContacts | '';
    return d && typeof d === 'object' && 'branchName' in d ? d : null;
  } catch {
    return null;
  }
};

/** My branch secretary's and the bureau's numbers; nothing is asked before the member is known. */
export const useHelpContacts = (memberId: string | undefined) =>
  useLoad(async () => {
    if (!memberId) return notYet();
    const res = await callApi('members.helpContacts', {});
    if (res.ok) keep(memberId, res.data);
    const last = !res.ok && res.error.code === 'INTERNAL' ? kept(memberId) : null;
    return last ? answered(last) : res;
  }, memberId ?? '');

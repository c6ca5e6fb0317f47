import { callApi } from '../../api/call-api';
import { useLoad } from '../../api/use-load';
import { useSend } from '../../api/use-send';

/** The secretary's 家人帮办: their branch's links, spoken consent with its date, ending a link, a code for a member. */
export const useBranchLinks = (key: string) => useLoad(() => callApi('family.branchLinks', {}), key);

export const useFamilyDesk = () => {
  const send = useSend();
  return {
    recordConsent: (linkId: string, spokenOn: string) => send('family.recordConsent', { linkId, spokenOn }),
    end: (linkId: string) => send('family.end', { linkId }),
    inviteFor: (memberId: string) => send('family.inviteFor', { memberId }),
  };
};

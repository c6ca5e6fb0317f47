import type { FamilyRelation } from '../../cloudfunctions/contract/family-words';
import { dataOf, type TestCloud } from './test-cloud';

/**
 * 家人帮办 links made through the real actions: the member deals a code, the helper redeems it, and the
 * member confirms (active), leaves it (pending) or confirms and ends it (ended).
 */
export type LinkState = 'active' | 'pending' | 'ended';

export const askToHelp = async (cloud: TestCloud, memberOpenid: string, helperOpenid: string, name = '王芳', relation: FamilyRelation = 'daughter'): Promise<string> => {
  const { code } = dataOf(await cloud.call(memberOpenid, 'family.invite', {}));
  return dataOf(await cloud.call(helperOpenid, 'family.redeem', { code, name, relation })).id;
};

export const makeLink = async (cloud: TestCloud, memberOpenid: string, helperOpenid: string, state: LinkState = 'active'): Promise<string> => {
  const linkId = await askToHelp(cloud, memberOpenid, helperOpenid);
  if (state === 'pending') return linkId;
  dataOf(await cloud.call(memberOpenid, 'family.confirm', { linkId, accept: true }));
  if (state === 'ended') dataOf(await cloud.call(memberOpenid, 'family.end', { linkId }));
  return linkId;
};

/** The helper kinds the role and scope matrices try, relative to the example's own caller (a member). */
export const HELPER_KINDS = ['helper', 'pendingHelper', 'endedHelper', 'otherHelper'] as const;
export type HelperKind = (typeof HELPER_KINDS)[number];

export interface HelperCallers {
  /** Who calls, and with which link id, for each kind. */
  of: Record<HelperKind, { openid: string; actFor: string }>;
}

/**
 * Per member: a helper with an active link, one still asking, one whose link was ended, and a helper of
 * ANOTHER member who presents this member's link id (a link is bound to the openid that redeemed it).
 * Made once per member and kept, since links outlive every example.
 */
export const helperCallers = (cloud: TestCloud) => {
  const made = new Map<string, HelperCallers>();
  let otherHelper: string | null = null;
  return async (memberOpenid: string): Promise<HelperCallers> => {
    const known = made.get(memberOpenid);
    if (known) return known;
    if (!otherHelper) {
      otherHelper = 'helper-of-member-2';
      await makeLink(cloud, 'demo-member-2', otherHelper);
    }
    const tag = memberOpenid.replace(/[^A-Za-z0-9-]/g, '');
    const active = { openid: `helper-a-${tag}`, actFor: '' };
    active.actFor = await makeLink(cloud, memberOpenid, active.openid, 'active');
    const pending = { openid: `helper-p-${tag}`, actFor: await makeLink(cloud, memberOpenid, `helper-p-${tag}`, 'pending') };
    const ended = { openid: `helper-e-${tag}`, actFor: await makeLink(cloud, memberOpenid, `helper-e-${tag}`, 'ended') };
    const callers: HelperCallers = { of: { helper: active, pendingHelper: pending, endedHelper: ended, otherHelper: { openid: otherHelper, actFor: active.actFor } } };
    made.set(memberOpenid, callers);
    return callers;
  };
};

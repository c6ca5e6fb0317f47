import type { NamespaceRoutes } from '../../../platform/routes';
import { confirm, end, recordConsent } from './decide';
import { invite, inviteFor } from './invite';
import { acts, branchLinks, helping, mine } from './lists';
import { redeem } from './redeem';

/** `family.*`, run by the `members` function: 家人帮办's links. Acting for a member is the pipeline's (actFor). */
export const familyRoutes: NamespaceRoutes<'members', 'family'> = {
  'family.invite': invite,
  'family.inviteFor': inviteFor,
  'family.redeem': redeem,
  'family.mine': mine,
  'family.confirm': confirm,
  'family.recordConsent': recordConsent,
  'family.end': end,
  'family.branchLinks': branchLinks,
  'family.helping': helping,
  'family.acts': acts,
};

import { COLLECTIONS } from '../contract/collections';
import type { ActionDef } from '../contract/define';
import type { FamilyLinkStatus, FamilyRelation } from '../contract/family-words';
import { AppError } from './app-error';
import type { Caller, MemberDoc } from './caller';
import { readDoc } from './database';
import type { Deps } from './deps';

/** A helper link as stored (features/members/family keeps them; the pipeline only reads them). */
export interface FamilyLinkDoc {
  _id: string;
  memberId: string;
  memberName: string;
  branchId: string;
  branchName: string;
  helperOpenid: string;
  helperName: string;
  relation: FamilyRelation;
  status: FamilyLinkStatus;
  /**
   * Unique (platform/indexes.ts): `memberId:helperOpenid` while the link is asking or live, the link's own id
   * once it is declined or ended. So one helper never holds two live links to one member, however many
   * codes they redeem at once, and an ended link never blocks asking again later.
   */
  liveKey: string;
  code: string;
  askedAt: Date;
  confirmedAt?: Date;
  /** Who agreed: the member on their phone, or the secretary who recorded the member's spoken consent. */
  consent?: { by: 'member' } | { by: 'secretary'; secretaryId: string; secretaryName: string; spokenOn: string };
  endedAt?: Date;
  endedBy?: { by: 'member' | 'secretary'; name: string };
  updatedAt: Date;
}

const LINK_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The caller for a call that carries `actFor` (a link id, beside `requestId` in the event): the member of
 * an ACTIVE link held by THIS openid, with the `member` role only — never the member's secretary, staff or
 * admin roles — and the helper attached as `caller.helper`. Only actions that declare `helper: true` may
 * be called this way; everything else is refused before any read. Identity still comes only from the
 * platform context: the link must name the openid WeChat vouched for. Rate limits and idempotency stay
 * keyed by that real openid (make-main.ts uses it, not the member's).
 */
export const helperCaller = async (deps: Deps, def: ActionDef, openid: string, actFor: unknown): Promise<Caller> => {
  if (!def.helper) throw new AppError('HELPER_NOT_ALLOWED');
  if (typeof actFor !== 'string' || !LINK_ID.test(actFor)) throw new AppError('HELPER_NOT_LINKED');
  const link = await readDoc<FamilyLinkDoc>(deps.db, COLLECTIONS.familyLinks, actFor);
  if (!link || link.helperOpenid !== openid) throw new AppError('HELPER_NOT_LINKED');
  if (link.status === 'pending') throw new AppError('HELPER_LINK_PENDING');
  if (link.status !== 'active') throw new AppError('HELPER_LINK_ENDED');
  const member = await readDoc<MemberDoc>(deps.db, COLLECTIONS.members, link.memberId);
  if (!member) throw new AppError('HELPER_LINK_ENDED');
  return {
    openid: member.openid,
    member,
    roles: new Set(['member']),
    helper: { openid, name: link.helperName, relation: link.relation, linkId: link._id },
  };
};

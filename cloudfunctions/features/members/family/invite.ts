import { randomInt } from 'node:crypto';
import { COLLECTIONS } from '../../../contract/collections';
import { FAMILY_CODE_MINUTES } from '../../../contract/family-words';
import { AppError } from '../../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../../platform/audit';
import type { MemberDoc } from '../../../platform/caller';
import { checked, inTransaction, iso, readDoc } from '../../../platform/database';
import { requireMember, type ActionContext, type Handler } from '../../../platform/routes';
import { CODES, type FamilyCodeDoc } from './store';

const TRIES = 8;

/**
 * Deals a fresh six-digit code for `member`. The code is the document's id, so a live code names one member
 * only; one that expired or was used (its expiry is then set to the moment of use) may be dealt again. Each
 * draw is one transaction on that code's document, with the audit entry when a secretary deals it: two
 * members drawing the same code at once are serialised by the document's lock, and the second draws again.
 */
const dealCode = async (ctx: ActionContext, member: MemberDoc, audited: boolean): Promise<FamilyCodeDoc> => {
  for (let i = 0; i < TRIES; i += 1) {
    const code: FamilyCodeDoc = {
      _id: String(randomInt(0, 1_000_000)).padStart(6, '0'),
      memberId: member._id,
      memberName: member.name,
      madeBy: ctx.caller.member?._id ?? '',
      createdAt: ctx.now,
      expiresAt: new Date(ctx.now.getTime() + FAMILY_CODE_MINUTES * 60_000),
      usedBy: null,
      linkId: null,
    };
    const dealt = await inTransaction(ctx.deps.db, async (tx) => {
      const old = await readDoc<FamilyCodeDoc>(tx, CODES, code._id);
      if (old && new Date(old.expiresAt) > ctx.now) return false;
      const { _id, ...rest } = code;
      checked(await tx.collection(CODES).doc(_id).set(rest));
      if (audited) checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'family_code', id: member._id }, null, { memberId: member._id, expiresAt: code.expiresAt })));
      return true;
    });
    if (dealt) return code;
  }
  throw new AppError('BUSY');
};

const invitationOf = (code: FamilyCodeDoc) => ({ code: code._id, expiresAt: iso(code.expiresAt), memberName: code.memberName });

/** The member's own code, to read out to the daughter or son who will help. */
export const invite: Handler<'family.invite'> = async (ctx) => {
  const { member } = requireMember(ctx.caller);
  return invitationOf(await dealCode(ctx, member, false));
};

/**
 * For a member without a phone: their own branch's secretary deals the code (audited), gives it to the
 * family member, and later records the member's spoken consent (family.recordConsent).
 */
export const inviteFor: Handler<'family.inviteFor'> = async (ctx, input) => {
  const { member: secretary } = requireMember(ctx.caller);
  const member = await readDoc<MemberDoc>(ctx.deps.db, COLLECTIONS.members, input.memberId);
  if (!member) throw new AppError('MEMBER_NOT_FOUND');
  if (!secretary.secretaryOf || member.branchId !== secretary.secretaryOf) throw new AppError('MEMBER_NOT_IN_BRANCH');
  return invitationOf(await dealCode(ctx, member, true));
};

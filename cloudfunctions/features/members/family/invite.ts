import { randomInt } from 'node:crypto';
import { COLLECTIONS } from '../../../contract/collections';
import { FAMILY_CODE_MINUTES } from '../../../contract/family-words';
import { AppError } from '../../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../../platform/audit';
import type { MemberDoc } from '../../../platform/caller';
import { checked, iso, isDuplicateWrite, readDoc } from '../../../platform/database';
import { requireMember, type ActionContext, type Handler } from '../../../platform/routes';
import { CODES, type FamilyCodeDoc } from './store';

const TRIES = 8;

/**
 * Deals a fresh six-digit code for `member`. The code is the document's id, so a live code names one member
 * only; a code that expired or was used may be dealt again, taken over by one conditional update (two
 * members dealt the same dead code at once: one gets it, the other draws again).
 */
const dealCode = async (ctx: ActionContext, member: MemberDoc): Promise<FamilyCodeDoc> => {
  const { db } = ctx.deps;
  const _ = db.command;
  for (let i = 0; i < TRIES; i += 1) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const fresh: Omit<FamilyCodeDoc, '_id'> = {
      memberId: member._id,
      memberName: member.name,
      madeBy: ctx.caller.member?._id ?? '',
      createdAt: ctx.now,
      expiresAt: new Date(ctx.now.getTime() + FAMILY_CODE_MINUTES * 60_000),
      usedBy: null,
      linkId: null,
    };
    try {
      checked(await db.collection(CODES).add({ _id: code, ...fresh }));
      return { _id: code, ...fresh };
    } catch (error) {
      if (!isDuplicateWrite(error)) throw error;
    }
    const taken = checked(await db.collection(CODES).where({ _id: code, expiresAt: _.lte(ctx.now) }).update(fresh)) as { updated?: number };
    if (taken.updated === 1) return { _id: code, ...fresh };
  }
  throw new AppError('BUSY');
};

const invitationOf = (code: FamilyCodeDoc) => ({ code: code._id, expiresAt: iso(code.expiresAt), memberName: code.memberName });

/** The member's own code, to read out to the daughter or son who will help. */
export const invite: Handler<'family.invite'> = async (ctx) => {
  const { member } = requireMember(ctx.caller);
  return invitationOf(await dealCode(ctx, member));
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
  const code = await dealCode(ctx, member);
  checked(await ctx.deps.db.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'family_code', id: member._id }, null, { memberId: member._id, expiresAt: code.expiresAt })));
  return invitationOf(code);
};

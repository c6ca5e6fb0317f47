import { COLLECTIONS } from '../../../contract/collections';
import { AppError } from '../../../platform/app-error';
import type { MemberDoc } from '../../../platform/caller';
import { checked, inTransaction, isDuplicateWrite, readDoc } from '../../../platform/database';
import type { FamilyLinkDoc } from '../../../platform/helper-caller';
import type { Handler } from '../../../platform/routes';
import { CODES, LINKS, linkIdOf, liveKeyOf, tellMemberOfLink, toLinkView, type FamilyCodeDoc } from './store';

const alive = (code: FamilyCodeDoc | null, now: Date): code is FamilyCodeDoc => !!code && !code.usedBy && new Date(code.expiresAt) > now;

/**
 * A family member asks to help with the code the member (or their secretary) gave them. The request
 * starts from the member's side (the code), so nobody can ask to help a stranger; the member then confirms.
 * The code is used and the link made in one transaction on the code's document: however many callers
 * redeem one code at once, one link is made and the code is dead for the rest; a helper who already asks
 * for or helps this member is told so (the unique live key) and the code stays usable.
 */
export const redeem: Handler<'family.redeem'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const openid = ctx.caller.openid;
  const first = await readDoc<FamilyCodeDoc>(db, CODES, input.code);
  // A re-run of this caller's own redemption (an answer lost on the way) finds the link it made.
  if (first?.usedBy === openid && first.linkId) {
    const made = await readDoc<FamilyLinkDoc>(db, LINKS, first.linkId);
    if (made && made.helperOpenid === openid) return toLinkView(made);
  }
  if (!alive(first, ctx.now)) throw new AppError('FAMILY_CODE_INVALID', { code: '邀请码不对或已过期' });
  const member = await readDoc<MemberDoc>(db, COLLECTIONS.members, first.memberId);
  if (!member) throw new AppError('FAMILY_CODE_INVALID', { code: '邀请码不对或已过期' });
  if (member.openid === openid) throw new AppError('FAMILY_SELF');
  const link: FamilyLinkDoc = {
    _id: linkIdOf(first),
    memberId: member._id,
    memberName: member.name,
    branchId: member.branchId,
    branchName: member.branchName,
    helperOpenid: openid,
    helperName: input.name,
    relation: input.relation,
    status: 'pending',
    liveKey: liveKeyOf(member._id, openid),
    code: first._id,
    askedAt: ctx.now,
    updatedAt: ctx.now,
  };
  try {
    await inTransaction(db, async (tx) => {
      const code = await readDoc<FamilyCodeDoc>(tx, CODES, first._id);
      if (!alive(code, ctx.now) || linkIdOf(code) !== link._id) throw new AppError('FAMILY_CODE_INVALID', { code: '邀请码不对或已过期' });
      checked(await tx.collection(CODES).doc(code._id).update({ usedBy: openid, linkId: link._id, expiresAt: ctx.now }));
      checked(await tx.collection(LINKS).add(link));
    });
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
    throw new AppError('FAMILY_ALREADY_LINKED');
  }
  await tellMemberOfLink(ctx, member, link, '申请帮您办事，请打开“我的 → 家人帮办”点“同意”', 'ask');
  return toLinkView(link);
};

import { COLLECTIONS } from '../../../contract/collections';
import { AppError } from '../../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../../platform/audit';
import type { MemberDoc } from '../../../platform/caller';
import { checked, inTransaction, readDoc } from '../../../platform/database';
import type { FamilyLinkDoc } from '../../../platform/helper-caller';
import { requireMember, type ActionContext, type Handler, type MemberCaller } from '../../../platform/routes';
import { shanghaiDay } from '../../../domain/ideas/deadlines';
import { LINKS, tellMemberOfLink, toLinkView } from './store';

type Change = Partial<FamilyLinkDoc>;

const isSecretaryFor = (caller: MemberCaller, link: FamilyLinkDoc) => !!caller.member.secretaryOf && caller.member.secretaryOf === link.branchId;

/**
 * Every change to a link runs here: one transaction on the link's document that re-reads it, checks who may
 * and from which state, and writes the change (with its audit entry when `audited`). Two confirmations, or
 * a confirmation racing an end, are serialised by the document's lock: the second sees the first's state,
 * so a link is never made twice and an ended link never comes back to life.
 */
const change = async (
  ctx: ActionContext,
  linkId: string,
  decide: (link: FamilyLinkDoc) => Change | 'same',
  audited: boolean,
): Promise<{ link: FamilyLinkDoc; changed: boolean }> =>
  inTransaction(ctx.deps.db, async (tx) => {
    const link = await readDoc<FamilyLinkDoc>(tx, LINKS, linkId);
    if (!link) throw new AppError('NOT_FOUND', { linkId: '没有找到这个帮办申请' });
    const next = decide(link);
    if (next === 'same') return { link, changed: false };
    const after = { ...next, updatedAt: ctx.now };
    checked(await tx.collection(LINKS).doc(link._id).update(after));
    if (audited) checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'family_link', id: link._id }, { status: link.status }, { status: after.status, consent: after.consent ?? null })));
    return { link: { ...link, ...after }, changed: true };
  });

const memberOf = (ctx: ActionContext, link: FamilyLinkDoc) => readDoc<MemberDoc>(ctx.deps.db, COLLECTIONS.members, link.memberId);

/** The member, on their own phone: 同意 makes the link live; 不同意 closes it (and frees the pair to ask again). */
export const confirm: Handler<'family.confirm'> = async (ctx, input) => {
  const caller = requireMember(ctx.caller);
  const { link, changed } = await change(ctx, input.linkId, (l) => {
    if (l.memberId !== caller.member._id) throw new AppError('NOT_FOUND', { linkId: '没有找到这个帮办申请' });
    // The same answer again (a second tap, a second phone) changes nothing.
    if (l.status === (input.accept ? 'active' : 'declined')) return 'same';
    if (l.status !== 'pending') throw new AppError('INVALID_STATE');
    return input.accept
      ? { status: 'active', confirmedAt: ctx.now, consent: { by: 'member' } }
      : { status: 'declined', liveKey: l._id, endedAt: ctx.now, endedBy: { by: 'member', name: caller.member.name } };
  }, false);
  if (changed) await tellMemberOfLink(ctx, caller.member, link, input.accept ? '可以帮您办事了（在“家人帮办”可以随时结束）' : '的申请您没有同意', 'confirm');
  return toLinkView(link);
};

/** For a member without a phone: their own branch's secretary records the spoken consent and the day it was given. */
export const recordConsent: Handler<'family.recordConsent'> = async (ctx, input) => {
  const caller = requireMember(ctx.caller);
  if (input.spokenOn > shanghaiDay(ctx.now)) throw new AppError('VALIDATION_FAILED', { spokenOn: '同意的日期不能晚于今天' });
  const { link } = await change(ctx, input.linkId, (l) => {
    if (!isSecretaryFor(caller, l)) throw new AppError('MEMBER_NOT_IN_BRANCH');
    if (l.status !== 'pending') throw new AppError('INVALID_STATE');
    return { status: 'active', confirmedAt: ctx.now, consent: { by: 'secretary', secretaryId: caller.member._id, secretaryName: caller.member.name, spokenOn: input.spokenOn } };
  }, true);
  const member = await memberOf(ctx, link);
  if (member) await tellMemberOfLink(ctx, member, link, `可以帮您办事了（书记${caller.member.name}登记了您的同意）`, 'confirm');
  return toLinkView(link);
};

/** The member, or their branch's secretary, ends a link (asking or live) at any time; audited. */
export const end: Handler<'family.end'> = async (ctx, input) => {
  const caller = requireMember(ctx.caller);
  let by: 'member' | 'secretary' = 'member';
  const { link } = await change(ctx, input.linkId, (l) => {
    if (l.memberId !== caller.member._id) {
      if (!isSecretaryFor(caller, l)) throw new AppError('NOT_FOUND', { linkId: '没有找到这个帮办关系' });
      by = 'secretary';
    }
    if (l.status !== 'pending' && l.status !== 'active') throw new AppError('INVALID_STATE');
    return { status: 'ended', liveKey: l._id, endedAt: ctx.now, endedBy: { by, name: caller.member.name } };
  }, true);
  const member = by === 'member' ? caller.member : await memberOf(ctx, link);
  const what = by === 'member' ? '不再帮您办事了（您结束了帮办）' : `不再帮您办事了（书记${caller.member.name}结束了帮办）`;
  if (member) await tellMemberOfLink(ctx, member, link, what, 'end');
  return toLinkView(link);
};

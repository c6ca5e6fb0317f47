import { createHash } from 'node:crypto';
import { COLLECTIONS } from '../contract/collections';
import { ACT_VERBS, helperLabel, type FamilyActKind, type FamilyRelation } from '../contract/family-words';
import { PAGES } from '../contract/pages';
import { checked, type Reader } from './database';
import type { ActionContext } from './routes';

/** One act a helper did for a member, as 家人代办记录 lists it. */
export interface FamilyActDoc {
  _id: string;
  memberId: string;
  linkId: string;
  helperName: string;
  relation: FamilyRelation;
  kind: FamilyActKind;
  action: string;
  title: string;
  targetId: string;
  requestId: string;
  at: Date;
}

/** "女儿 王芳", or null when the member is calling for themselves. */
export const helperBy = (ctx: ActionContext): string | null =>
  ctx.caller.helper ? helperLabel(ctx.caller.helper.relation, ctx.caller.helper.name) : null;

/**
 * Records what a helper did, through `writer`: the handler's own transaction where it has one, so the
 * effect and its record commit together or not at all. Where the effect is a single conditional write
 * (a seat in an activity's ledger) the record follows it under an id made of the link and the requestId,
 * so a re-run of the same request after a lost answer writes the same one record, never a second.
 * Does nothing for a member acting for themselves.
 */
export const recordAct = async (ctx: ActionContext, writer: Reader, kind: FamilyActKind, target: { id: string; title: string }): Promise<void> => {
  const helper = ctx.caller.helper;
  if (!helper || !ctx.caller.member) return;
  const act: Omit<FamilyActDoc, '_id'> = {
    memberId: ctx.caller.member._id,
    linkId: helper.linkId,
    helperName: helper.name,
    relation: helper.relation,
    kind,
    action: ctx.action,
    title: target.title,
    targetId: target.id,
    requestId: ctx.requestId,
    at: ctx.now,
  };
  checked(await writer.collection(COLLECTIONS.familyActs).doc(`${helper.linkId}-${ctx.requestId}`).set(act));
};

/** The member hears of it in 消息 at once ("女儿 王芳 替您报名了…"); once per request, however often it is re-run. */
export const tellMemberOfAct = async (ctx: ActionContext, kind: FamilyActKind, title: string): Promise<void> => {
  const helper = ctx.caller.helper;
  if (!helper) return;
  await ctx.deps.notifier.notify({
    to: ctx.caller.openid,
    template: 'familyHelper',
    page: PAGES.familyMine,
    data: { thing1: helperLabel(helper.relation, helper.name), thing2: `${ACT_VERBS[kind]}「${title}」`, time3: ctx.now },
    // A 消息 id stays within the 64 characters messages.markRead accepts.
    key: `family-act-${createHash('sha1').update(`${helper.linkId}\u0000${ctx.requestId}`).digest('hex').slice(0, 32)}`,
  });
};

/** Both, for handlers whose effect is already written: the record and the notice. */
export const actDone = async (ctx: ActionContext, kind: FamilyActKind, target: { id: string; title: string }): Promise<void> => {
  if (!ctx.caller.helper) return;
  await recordAct(ctx, ctx.deps.db, kind, target);
  await tellMemberOfAct(ctx, kind, target.title);
};

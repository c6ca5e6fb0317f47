import type { FamilyActDoc } from '../../../platform/helper-acts';
import type { FamilyLinkDoc } from '../../../platform/helper-caller';
import { pageWindow, toPage } from '../../../platform/paging';
import { requireMember, type Handler } from '../../../platform/routes';
import { ACTS, LINKS, toActView, toLinkView } from './store';

/** A person has a handful of helpers at most; the lists are bounded all the same. */
const LIST_MAX = 50;

/** My helpers, newest ask first: the ones asking come with 同意 / 不同意 on the page. */
export const mine: Handler<'family.mine'> = async (ctx) => {
  const { member } = requireMember(ctx.caller);
  const { data } = await ctx.deps.db.collection(LINKS).where({ memberId: member._id }).orderBy('askedAt', 'desc').limit(LIST_MAX).get();
  return { items: (data as FamilyLinkDoc[]).map(toLinkView) };
};

/** Whom I help (any WeChat user, registered or not): the openid WeChat vouched for, never an input. */
export const helping: Handler<'family.helping'> = async (ctx) => {
  const { data } = await ctx.deps.db.collection(LINKS).where({ helperOpenid: ctx.caller.openid }).orderBy('askedAt', 'desc').limit(LIST_MAX).get();
  return { items: (data as FamilyLinkDoc[]).map(toLinkView) };
};

/** The secretary's own branch: links asking (to record a spoken consent) and helping (to end one). */
export const branchLinks: Handler<'family.branchLinks'> = async (ctx) => {
  const { member } = requireMember(ctx.caller);
  if (!member.secretaryOf) return { items: [] };
  const _ = ctx.deps.db.command;
  const { data } = await ctx.deps.db
    .collection(LINKS)
    .where({ branchId: member.secretaryOf, status: _.in(['pending', 'active']) })
    .orderBy('askedAt', 'desc')
    .limit(100)
    .get();
  return { items: (data as FamilyLinkDoc[]).map(toLinkView) };
};

/** 家人代办记录: everything helpers did for me, newest first. */
export const acts: Handler<'family.acts'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { skip, limit } = pageWindow(input);
  const { data } = await ctx.deps.db.collection(ACTS).where({ memberId: member._id }).orderBy('at', 'desc').skip(skip).limit(limit).get();
  return toPage(data as FamilyActDoc[], input, toActView);
};

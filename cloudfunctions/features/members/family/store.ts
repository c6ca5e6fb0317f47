import { COLLECTIONS } from '../../../contract/collections';
import { ACT_VERBS, helperLabel, LINK_STATUS_LABELS } from '../../../contract/family-words';
import type { FamilyLinkView } from '../../../contract/actions/members/family';
import { PAGES } from '../../../contract/pages';
import type { MemberDoc } from '../../../platform/caller';
import { iso } from '../../../platform/database';
import type { FamilyActDoc } from '../../../platform/helper-acts';
import type { FamilyLinkDoc } from '../../../platform/helper-caller';
import type { ActionContext } from '../../../platform/routes';

export const CODES = COLLECTIONS.familyCodes;
export const LINKS = COLLECTIONS.familyLinks;
export const ACTS = COLLECTIONS.familyActs;

/** An invitation code as stored: its id is the six digits, so a code names at most one member at a time. */
export interface FamilyCodeDoc {
  _id: string;
  memberId: string;
  memberName: string;
  /** Who made it: the member, or the secretary for a member without a phone. */
  madeBy: string;
  createdAt: Date;
  /** Set to the moment it is used, so a used code is as dead as an expired one (and may be dealt again). */
  expiresAt: Date;
  usedBy: string | null;
  linkId: string | null;
}

/** The link a code makes: one per code instance, so two redemptions racing for a code make one link. */
export const linkIdOf = (code: FamilyCodeDoc): string => `fl-${code._id}-${new Date(code.createdAt).getTime()}`;

/** While a link asks or helps, this pair is taken (unique index); afterwards the key frees it. */
export const liveKeyOf = (memberId: string, helperOpenid: string): string => `${memberId}:${helperOpenid}`;

const SHANGHAI_MS = 8 * 3600_000;
/** "12月3日 15:20", China time: how the member reads when it happened. */
export const monthDayTime = (at: Date | string): string => {
  const d = new Date(new Date(at).getTime() + SHANGHAI_MS);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
};

const consentText = (link: FamilyLinkDoc): string | undefined => {
  if (!link.consent) return undefined;
  if (link.consent.by === 'member') return '本人在手机上同意';
  const [, m, d] = link.consent.spokenOn.split('-').map(Number);
  return `支部书记${link.consent.secretaryName}登记了本人${m}月${d}日的口头同意`;
};

export const toLinkView = (link: FamilyLinkDoc): FamilyLinkView => ({
  id: link._id,
  memberName: link.memberName,
  branchName: link.branchName,
  helperName: link.helperName,
  relation: link.relation,
  helperLabel: helperLabel(link.relation, link.helperName),
  status: link.status,
  statusLabel: LINK_STATUS_LABELS[link.status],
  askedAt: iso(link.askedAt),
  ...(link.confirmedAt ? { confirmedAt: iso(link.confirmedAt) } : {}),
  ...(consentText(link) ? { consentText: consentText(link) } : {}),
  ...(link.endedAt ? { endedAt: iso(link.endedAt) } : {}),
});

export const toActView = (act: FamilyActDoc) => {
  const who = helperLabel(act.relation, act.helperName);
  return {
    id: act._id,
    kind: act.kind,
    helperLabel: who,
    title: act.title,
    at: iso(act.at),
    sentence: `您的${who} 于 ${monthDayTime(act.at)} ${ACT_VERBS[act.kind]}「${act.title}」`,
  };
};

/** The member hears of every change to a link in 消息, once per change. */
export const tellMemberOfLink = async (ctx: ActionContext, member: Pick<MemberDoc, 'openid'>, link: FamilyLinkDoc, what: string, step: string) => {
  await ctx.deps.notifier.notify({
    to: member.openid,
    template: 'familyHelper',
    page: PAGES.familyMine,
    data: { thing1: helperLabel(link.relation, link.helperName), thing2: what, time3: ctx.now },
    key: `family-${step}-${link._id}`,
  });
};

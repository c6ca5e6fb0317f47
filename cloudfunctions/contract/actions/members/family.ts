import { z } from '../../zod';
import { defineAction, READ_LIMIT, WRITE_LIMIT } from '../../define';
import { MEMBER, SECRETARY } from '../../roles';
import { FAMILY_ACT_KINDS, FAMILY_CODE_PATTERN, FAMILY_RELATIONS } from '../../family-words';
import { id, page, paged, text } from '../../text';
import { day } from '../ideas/ideas-shared';

const linkId = id('帮办关系');
const linkStatus = z.enum(['pending', 'active', 'declined', 'ended']);

/** One helper link as the member, their secretary or the helper sees it: never an openid. */
export const familyLinkView = z.object({
  id: z.string(),
  memberName: z.string(),
  branchName: z.string(),
  helperName: z.string(),
  relation: z.enum(FAMILY_RELATIONS),
  /** "女儿 王芳" */
  helperLabel: z.string(),
  status: linkStatus,
  statusLabel: z.string(),
  askedAt: z.string(),
  confirmedAt: z.string().optional(),
  /** 本人在手机上确认 / 书记王德明记录了本人口头同意（12月1日） */
  consentText: z.string().optional(),
  endedAt: z.string().optional(),
});
export type FamilyLinkView = z.infer<typeof familyLinkView>;

/** One act in 家人代办记录: "您的女儿 王芳 于 12月3日 15:20 替您报名了志愿活动「…」". */
export const familyActView = z.object({
  id: z.string(),
  kind: z.enum(FAMILY_ACT_KINDS),
  helperLabel: z.string(),
  title: z.string(),
  at: z.string(),
  /** The whole sentence, as the member reads it. */
  sentence: z.string(),
});

const invitation = z.object({ code: z.string(), expiresAt: z.string(), memberName: z.string() });

/** The three lists of links (the member's, the secretary's branch's, the helper's): no input, a bounded list. */
const linkList = (summary: string, access: typeof MEMBER | typeof SECRETARY | 'anyone') =>
  defineAction({
    fn: 'members',
    summary,
    access,
    input: z.object({}).strict(),
    output: z.object({ items: z.array(familyLinkView) }),
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  });

/**
 * 家人帮办: a family member (any WeChat user) helps one member, with the member's consent.
 * The member (or, for a member without a phone, their secretary) gives the helper a code; the helper asks
 * with it; the member confirms on their phone, or the secretary records the member's spoken consent.
 * Acting for the member is not here: it is the pipeline's `actFor` (platform/helper-caller.ts) on the
 * member's own actions that say `helper: true`.
 */
export const familyActions = {
  'family.invite': defineAction({
    fn: 'members',
    summary: 'A member makes a six-digit code (30 minutes, single use) to give the family member who will help',
    access: MEMBER,
    input: z.object({}).strict(),
    output: invitation,
    errors: [],
    write: true,
    audited: false,
    rateLimit: { limit: 10, windowMs: 60_000 },
  }),
  'family.inviteFor': defineAction({
    fn: 'members',
    summary: "A secretary makes the code for a member of their own branch who has no phone (audited)",
    access: SECRETARY,
    input: z.object({ memberId: id('老同志') }).strict(),
    output: invitation,
    errors: ['MEMBER_NOT_FOUND', 'MEMBER_NOT_IN_BRANCH'],
    write: true,
    audited: true,
    rateLimit: { limit: 10, windowMs: 60_000 },
  }),
  'family.redeem': defineAction({
    fn: 'members',
    summary: 'A family member (any WeChat user) asks to help with the code, their name and relation; the member then confirms',
    access: 'anyone',
    input: z
      .object({
        code: z.string({ error: '请填写邀请码' }).trim().regex(FAMILY_CODE_PATTERN, '邀请码是6位数字'),
        name: text({ label: '您的姓名', max: 20 }),
        relation: z.enum(FAMILY_RELATIONS, { error: '请选择您是老人的什么人' }),
      })
      .strict(),
    output: familyLinkView,
    errors: ['FAMILY_CODE_INVALID', 'FAMILY_ALREADY_LINKED', 'FAMILY_SELF'],
    write: true,
    audited: false,
    // Against guessing: a million codes, each alive 30 minutes, and five tries a minute per WeChat user.
    rateLimit: { limit: 5, windowMs: 60_000 },
  }),
  'family.mine': linkList("A member's helpers: asking (to confirm or decline), helping, and ended", MEMBER),
  'family.confirm': defineAction({
    fn: 'members',
    summary: 'The member agrees (or not) on their own phone to a family member helping them',
    access: MEMBER,
    input: z.object({ linkId, accept: z.boolean() }).strict(),
    output: familyLinkView,
    errors: ['NOT_FOUND', 'INVALID_STATE'],
    write: true,
    audited: false,
    rateLimit: WRITE_LIMIT,
  }),
  'family.recordConsent': defineAction({
    fn: 'members',
    summary: "A secretary records a member's spoken consent (with the day it was given) for a member of their own branch (audited)",
    access: SECRETARY,
    input: z.object({ linkId, spokenOn: day('老人同意的日期') }).strict(),
    output: familyLinkView,
    errors: ['NOT_FOUND', 'INVALID_STATE', 'MEMBER_NOT_IN_BRANCH'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'family.end': defineAction({
    fn: 'members',
    summary: 'The member, or their branch secretary, ends a helper link at any time (audited)',
    access: MEMBER,
    input: z.object({ linkId }).strict(),
    output: familyLinkView,
    errors: ['NOT_FOUND', 'INVALID_STATE'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'family.branchLinks': linkList("A secretary's own branch: helper links asking and helping (to record spoken consent or end one)", SECRETARY),
  'family.helping': linkList('A family member\'s own links: whom they help (to choose one and act for them), asking or ended', 'anyone'),
  'family.acts': defineAction({
    fn: 'members',
    summary: '家人代办记录: everything helpers did for me, newest first',
    access: MEMBER,
    input: page.strict(),
    output: paged(familyActView),
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
};
